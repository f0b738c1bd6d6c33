package org.acarules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analysts' commands, run on the packaged jar as an analyst or a CI job runs them: exit codes and output. */
class CommandLineIT {
    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");

    @TempDir
    Path data;

    private record Run(int exit, String out) {
    }

    private Run run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("java"));
        String database = System.getenv("ACA_TEST_JDBC_URL"); // CI's PostgreSQL run builds the jar for PostgreSQL
        if (database != null) {
            command.add("-Dquarkus.datasource.jdbc.url=" + database);
            command.add("-Dquarkus.datasource.username=" + System.getenv().getOrDefault("ACA_TEST_DB_USER", "postgres"));
        } else {
            command.add("-Dquarkus.datasource.jdbc.url=jdbc:h2:file:" + data.resolve("db").toAbsolutePath());
        }
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the command did not finish");
        return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    @Test
    void validateReportsTheRulesetAndExitsZero() throws Exception {
        Run run = run("validate");
        assertEquals(0, run.exit(), run.out());
        assertTrue(run.out().contains("compiles"), run.out());
    }

    @Test
    void validateLocatesASyntaxErrorAndExitsOne() throws Exception {
        Run run = run("validate", "--rules", "src/test/resources/cli/broken/rules");
        assertEquals(1, run.exit(), run.out());
        assertTrue(run.out().contains("rules/demo/broken.drl:8"), run.out());
    }

    @Test
    void evaluateAnswersOneRequest() throws Exception {
        Run run = run("evaluate", "src/test/resources/cli/household.json");
        assertEquals(0, run.exit(), run.out());
        assertTrue(run.out().contains("\"fpl_percent\" : 201.27"), run.out());
    }

    @Test
    void testExitsOneWhenAScenarioFailsAndNamesIt() throws Exception {
        Run run = run("test", "--scenarios", "src/test/resources/cli/scenarios");
        assertEquals(1, run.exit(), run.out());
        assertTrue(run.out().contains("FAILED CLI-002"), run.out());
        assertTrue(run.out().contains("1 passed, 1 failed, 0 skipped"), run.out());
    }

    @Test
    void anUnknownFileIsAUsageError() throws Exception {
        assertEquals(2, run("evaluate", "no-such-file.json").exit());
        assertTrue(Files.exists(JAR));
    }
}
