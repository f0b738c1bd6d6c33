package org.acarules.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A command run on the packaged jar as an analyst or a CI job runs it, on the test run's database (CI's PostgreSQL
 * run builds the jar for PostgreSQL and names it in ACA_TEST_JDBC_URL) or an H2 file under a folder of the test's.
 */
public final class JarCommand {
    public static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");

    /** Exit code and everything the command printed. */
    public record Run(int exit, String out) {
    }

    private JarCommand() {
    }

    public static Run run(Path dataDir, Duration timeout, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("java"));
        String database = System.getenv("ACA_TEST_JDBC_URL");
        if (database != null) {
            command.add("-Dquarkus.datasource.jdbc.url=" + database);
            command.add("-Dquarkus.datasource.username=" + System.getenv().getOrDefault("ACA_TEST_DB_USER", "postgres"));
        } else {
            command.add("-Dquarkus.datasource.jdbc.url=jdbc:h2:file:" + dataDir.resolve("db").toAbsolutePath());
        }
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS), "the command did not finish");
        return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
