package org.acarules.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.acarules.TestDatabases;

/**
 * A command run on the packaged jar as an analyst or a CI job runs it, on the database of the test's folder
 * ({@link TestDatabases}: an H2 file under it, or a fresh PostgreSQL database when the run names a server).
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
        Map<String, String> database = TestDatabases.forFolder(dataDir);
        command.add("-Dquarkus.datasource.jdbc.url=" + database.get("url"));
        command.add("-Dquarkus.datasource.username=" + database.get("user"));
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS), "the command did not finish");
        return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
