package org.acarules.batch;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The packaged service (target/quarkus-app/quarkus-run.jar, or another quarkus-app's) started as a separate JVM on
 * a free port, driven over HTTP as an administrator, stopped gracefully or killed. Its database: the given JDBC
 * URL, or the one the test run names (ACA_TEST_JDBC_URL / ACA_TEST_DB_USER: CI's PostgreSQL run builds the jar for
 * PostgreSQL), or an H2 file under {@code dataDir}, or none given: the service's default (see {@link #defaultDatabase}).
 * Its output goes to {@code dataDir/service-N.log}.
 */
public final class ServiceJar implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
    private static final String AUTH = "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));
    private static int started;

    private final Process process;
    private final int port;
    private final Path log;
    private final long startedNanos;

    private ServiceJar(Process process, int port, Path log, long startedNanos) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.startedNanos = startedNanos;
    }

    /** The database the test run uses for {@code dataDir}: see {@link org.acarules.TestDatabases}. */
    public static Map<String, String> database(Path dataDir) {
        return org.acarules.TestDatabases.forFolder(dataDir);
    }

    /**
     * The database a service started with its default settings uses: the one the test run names (CI's PostgreSQL
     * pass), else none given, i.e. the embedded default, an H2 file under ./data of the service's working directory
     * ({@code dataDir}).
     */
    public static Map<String, String> defaultDatabase(Path dataDir) {
        return System.getenv("ACA_TEST_JDBC_URL") != null ? database(dataDir) : Map.of();
    }

    /** Starts the service and returns once it is ready. */
    public static ServiceJar start(Path app, Path dataDir, Map<String, String> database, List<String> jvmOptions,
            Map<String, String> env) throws IOException, InterruptedException {
        ServiceJar service = launch(app, dataDir, database, jvmOptions, env);
        try {
            service.awaitReady();
        } catch (RuntimeException | InterruptedException e) {
            service.kill(); // no caller holds it to stop it
            throw e;
        }
        return service;
    }

    /** Starts the service and returns at once (to time its start-up with {@link #awaitFirstAnswer}). */
    public static ServiceJar launch(Path app, Path dataDir, Map<String, String> database, List<String> jvmOptions,
            Map<String, String> env) throws IOException {
        return launch(Path.of(System.getProperty("java.home"), "bin", "java"), app, dataDir, database, jvmOptions, env);
    }

    /** {@link #launch(Path, Path, Map, List, Map)} with another Java (e.g. to time Java 25's AOT cache). */
    public static ServiceJar launch(Path java, Path app, Path dataDir, Map<String, String> database, List<String> jvmOptions,
            Map<String, String> env) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(java.toString()));
        command.addAll(jvmOptions);
        command.add("-Dquarkus.http.port=" + port);
        if (!database.isEmpty()) {
            command.add("-Dquarkus.datasource.jdbc.url=" + database.get("url"));
            command.add("-Dquarkus.datasource.username=" + database.get("user"));
        }
        command.addAll(List.of("-jar", app.resolve("quarkus-run.jar").toAbsolutePath().toString()));
        Path log = dataDir.resolve("service-" + (++started) + ".log").toAbsolutePath();
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        if (database.isEmpty()) {
            // the embedded default lives in ./data of the working directory: run there, reading this project's folders
            builder.directory(dataDir.toFile());
            builder.environment().put("ACA_RULES_DIR", Path.of("rules").toAbsolutePath().toString());
            builder.environment().put("ACA_DEFINITIONS_DIR", Path.of("benefit-definitions").toAbsolutePath().toString());
            builder.environment().put("ACA_SCENARIOS_DIR", Path.of("tests").toAbsolutePath().toString());
        }
        builder.environment().putAll(env);
        long startedNanos = System.nanoTime();
        return new ServiceJar(builder.start(), port, log, startedNanos);
    }

    /**
     * Posts {@code body} to {@code path} as an administrator until the service answers 200; returns the time from the
     * process start to that answer.
     */
    public Duration awaitFirstAnswer(String path, String body, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest request = HttpRequest.newBuilder(uri(path)).header("Authorization", AUTH)
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(5))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return Duration.ofNanos(System.nanoTime() - startedNanos);
                }
                if (response.statusCode() != 503 && response.statusCode() != 404) {
                    throw new IllegalStateException("the service answered " + response.statusCode() + ": " + response.body());
                }
            } catch (IOException notListeningYet) {
                // connection refused until the HTTP server is up
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException("no answer within " + timeout + "; see " + log);
    }

    /** CPU time (user + system) the service's JVM has used so far. */
    public Duration cpuTime() {
        return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /** Returns once the service's readiness check answers 200 (after {@link #launch}); fails if it exits first. */
    public void awaitReady() throws InterruptedException, IOException {
        // a bound on a hang: three JVMs starting at once on a loaded two-core machine took 150 s
        long deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (HTTP.send(HttpRequest.newBuilder(uri("/q/health/ready")).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the service was not ready within 300 s; see " + log);
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** GET as an administrator; the body, or an exception for a status other than 200. */
    public String get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri(path)).header("Authorization", AUTH).timeout(Duration.ofSeconds(60))
                .GET().build();
        for (int attempt = 1;; attempt++) {
            try {
                return send(request, 200);
            } catch (IOException e) {
                if (attempt == 10 || !process.isAlive()) {
                    throw e; // a loaded machine can stall a connection for a while; a dead service cannot answer
                }
                Thread.sleep(1_000);
            }
        }
    }

    public String post(String path, String contentType, HttpRequest.BodyPublisher body, int... expected)
            throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", AUTH).header("Content-Type", contentType)
                .timeout(Duration.ofMinutes(30)).POST(body).build(), expected);
    }

    private static String send(HttpRequest request, int... expected) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        for (int status : expected) {
            if (response.statusCode() == status) {
                return response.body();
            }
        }
        throw new IllegalStateException(request.method() + " " + request.uri().getPath() + ": " + response.statusCode() + " "
                + response.body());
    }

    /** The exit code of a service that stops by itself (e.g. refuses to start) within {@code timeout}. */
    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            kill();
            throw new IllegalStateException("the service still ran after " + timeout + "; see " + log);
        }
        return process.exitValue();
    }

    /**
     * SIGSTOP (true) or SIGCONT (false): a paused instance writes nothing, so a test can read what it holds and kill
     * it in exactly that state.
     */
    public void pause(boolean paused) throws IOException, InterruptedException {
        Process signal = new ProcessBuilder("kill", paused ? "-STOP" : "-CONT", Long.toString(process.pid()))
                .redirectErrorStream(true).start();
        if (signal.waitFor() != 0) {
            throw new IllegalStateException("kill " + (paused ? "-STOP" : "-CONT") + " " + process.pid() + " failed: "
                    + new String(signal.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /** SIGKILL on Linux: no shutdown hook runs, nothing more is written. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        stop(Duration.ofSeconds(30));
    }

    /** Stops gracefully (SIGTERM), killing it after {@code timeout} (a JVM writing an AOT cache at exit needs longer). */
    public void stop(Duration timeout) throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                kill();
            }
        }
    }
}
