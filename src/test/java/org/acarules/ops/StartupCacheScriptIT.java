package org.acarules.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.acarules.batch.ServiceJar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code src/main/scripts/run-with-aot-cache.sh} on the packaged jar, with the Java running the tests: the first run
 * makes the JVM's start-up cache with a training run (a dynamic CDS archive on Java 13-24, an AOT cache on Java 25)
 * and then serves; the second maps that cache. The second start is given {@code -Xshare:on}, under which the JVM
 * refuses to start when it cannot map the cache, so an archive written for nothing fails the test.
 */
class StartupCacheScriptIT {
    private static final Path SCRIPT = Path.of("src/main/scripts/run-with-aot-cache.sh").toAbsolutePath();
    private static final Path APP = Path.of("target/quarkus-app").toAbsolutePath();
    private static final String HOUSEHOLD = """
            {"year": 2026, "place": {"state": "TX"},
             "household": {"income": 31500, "filing_status": "single",
               "people": [{"id": "pat", "age": 40, "relationship": "self", "immigration_status": "citizen"}]},
             "benchmark_premium": {"monthly": 625.00}}""";

    @TempDir
    Path dir;

    /** The port of the service started last. */
    private int port;

    @Test
    void theFirstRunMakesTheStartUpCacheAndTheNextStartMapsIt() throws Exception {
        Path cache = dir.resolve("startup.cache");
        Path firstLog = dir.resolve("first.log");
        Process first = start(cache, firstLog, List.of());
        try {
            assertEquals(200, awaitAnswer(first, firstLog), "see " + firstLog);
        } finally {
            stop(first);
        }
        assertTrue(Files.isRegularFile(cache) && Files.size(cache) > 10_000_000,
                "the training run wrote no cache; see " + firstLog + " and " + cache + ".log");

        Path secondLog = dir.resolve("second.log");
        Process second = start(cache, secondLog, List.of("-Xshare:on"));
        try {
            assertEquals(200, awaitAnswer(second, secondLog), "see " + secondLog);
        } finally {
            stop(second);
        }
        assertFalse(Files.readString(secondLog).contains("training run"), "the second start trained again: " + secondLog);
    }

    private Process start(Path cache, Path log, List<String> jvmOptions) throws IOException {
        port = freePort();
        List<String> command = new ArrayList<>(List.of("sh", SCRIPT.toString()));
        command.addAll(jvmOptions);
        command.add("-Xmx512m");
        command.add("-Dquarkus.http.port=" + port);
        // CI's PostgreSQL pass builds a jar for PostgreSQL: name the test run's database, as the other jar tests do
        Map<String, String> database = ServiceJar.defaultDatabase(dir);
        if (!database.isEmpty()) {
            command.add("-Dquarkus.datasource.jdbc.url=" + database.get("url"));
            command.add("-Dquarkus.datasource.username=" + database.get("user"));
        }
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        var env = builder.environment();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("ACA_APP", APP.toString());
        env.put("ACA_AOT_CACHE", cache.toString());
        env.put("ACA_AOT_TRAINING_PORT", Integer.toString(freePort()));
        env.put("ACA_EVALUATION_OPEN", "true");
        env.put("ACA_RULES_DIR", Path.of("rules").toAbsolutePath().toString());
        env.put("ACA_DEFINITIONS_DIR", Path.of("benefit-definitions").toAbsolutePath().toString());
        env.put("ACA_SCENARIOS_DIR", Path.of("tests").toAbsolutePath().toString());
        return builder.start();
    }

    /** The status of the first eligibility answer, polling until the service answers or exits. */
    private int awaitAnswer(Process process, Path log) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/eligibility"))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(HOUSEHOLD)).build();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the service exited with " + process.exitValue() + ": " + Files.readString(log));
            }
            try {
                return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new AssertionError("no answer within 4 minutes; see " + log);
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
