package org.acarules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: compiling rules needs no database. {@code validate} on the packaged jar with no database address at all
 * (on CI's PostgreSQL pass the jar is built for PostgreSQL, which has no default address) compiles and reports, with
 * no stack trace.
 */
class ValidateWithoutDatabaseIT {
    @Test
    void validateNeedsNoDatabaseAddress() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(List.of("java", "-jar", JarCommand.JAR.toString(), "validate"))
                .redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("ACA_JDBC") || name.startsWith("ACA_DB_")
                || name.startsWith("QUARKUS_DATASOURCE"));
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "validate did not finish");
        assertEquals(0, process.exitValue(), out);
        assertTrue(out.contains("compiles: "), out);
        assertFalse(out.contains("Exception"), out);
    }
}
