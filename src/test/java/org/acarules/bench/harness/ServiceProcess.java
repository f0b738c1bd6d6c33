package org.acarules.bench.harness;

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

/**
 * The packaged service ({@code target/quarkus-app/quarkus-run.jar}) started as its own JVM, as an operator starts it:
 * its own H2 file database under the suite's work directory, a free port, evaluations open.
 */
public final class ServiceProcess implements AutoCloseable {
    private final Process process;
    private final int port;
    private final Path log;
    private final long startedNanos;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private ServiceProcess(Process process, int port, Path log, long startedNanos) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.startedNanos = startedNanos;
    }

    /** Starts the jar; returns at once (use {@link #awaitFirstAnswer}). */
    public static ServiceProcess start(Path projectDir, Path workDir, List<String> jvmArgs, Map<String, String> env)
            throws IOException {
        Path jar = projectDir.resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package the service first (mvn -B package -DskipTests)");
        }
        Files.createDirectories(workDir);
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command).directory(projectDir.toFile());
        Path log = workDir.resolve("service-" + port + ".log");
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("ACA_EVALUATION_OPEN", "true");
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.environment().put("ACA_JDBC_URL", "jdbc:h2:file:" + workDir.toAbsolutePath().resolve("db-" + port)
                + ";AUTO_SERVER=TRUE");
        builder.environment().putAll(env);
        long started = System.nanoTime();
        return new ServiceProcess(builder.start(), port, log, started);
    }

    /**
     * Posts {@code body} to {@code path} until the service answers 200; returns the time from the process start to
     * that answer.
     */
    public Duration awaitFirstAnswer(String path, String body, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return Duration.ofNanos(System.nanoTime() - startedNanos);
                }
                if (response.statusCode() != 503 && response.statusCode() != 404) {
                    throw new IllegalStateException("the service answered " + response.statusCode() + ": "
                            + response.body());
                }
            } catch (IOException notListeningYet) {
                // connection refused until the HTTP server is up
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException("no answer within " + timeout + "; see " + log);
    }

    public HttpResponse<String> post(String path, String body, String basicUser) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofMinutes(2))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (basicUser != null) {
            String token = java.util.Base64.getEncoder().encodeToString((basicUser + ":" + basicUser).getBytes());
            request.header("Authorization", "Basic " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** CPU time (user + system) the service's JVM has used so far. */
    public Duration cpuTime() {
        return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
