package org.acarules.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acarules.bench.harness.BenchmarkSuite;
import org.acarules.bench.harness.Figure;
import org.acarules.batch.ServiceJar;
import org.acarules.definitions.ParameterLoader;
import org.acarules.population.PopulationGenerator;

/**
 * {@code POST /api/v1/eligibility} under load from wrk (Debian package {@code wrk}) on loopback, against the packaged
 * service. The requests cycle through generated households (the population generator, fixed seed), so the rules see
 * varied states, sizes and incomes. wrk is closed-loop: the figure is the throughput it sustained with the latency
 * percentiles it measured; wrk's own CPU time is reported because it shares the machine's two cores.
 */
public final class RestBenchmark implements BenchmarkSuite {
    private static final Pattern RPS = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    private static final Pattern TIMES = Pattern.compile("(\\d+)m([\\d.]+)s\\s+(\\d+)m([\\d.]+)s\\s*$");

    @Override
    public String id() {
        return "rest";
    }

    @Override
    public List<Figure> run(Path projectDir, Path workDir) throws Exception {
        if (!isWrkInstalled()) {
            return List.of(new Figure("REST throughput", Double.NaN, "req/s", ">= 10000 req/s", false,
                    "not measured: wrk is not installed (apt-get install wrk)"));
        }
        int households = Integer.getInteger("bench.rest.households", 1000);
        int connections = Integer.getInteger("bench.rest.connections", 16);
        int seconds = Integer.getInteger("bench.rest.seconds", 30);
        // 20 s left the JIT compiling through the measured run on a busy machine (issue 17: C2 threads alone 160-230 us
        // of CPU a request, the rules' evaluation 170-680 us instead of its steady ~100 us): 90 s reaches steady state
        int warmup = Integer.getInteger("bench.rest.warmup", 90);
        Files.createDirectories(workDir);
        Path script = workDir.resolve("eligibility.lua");
        Files.writeString(script, luaScript(requestBodies(projectDir, households)));
        try (ServiceJar service = ServiceJar.launch(projectDir.resolve("target/quarkus-app"), workDir,
                ServiceJar.database(workDir), List.of(), Map.of("ACA_EVALUATION_OPEN", "true"))) {
            service.awaitFirstAnswer("/api/v1/eligibility", StartupBenchmark.README_HOUSEHOLD, Duration.ofMinutes(2));
            String url = service.uri("/api/v1/eligibility").toString();
            wrk(script, url, connections, warmup);
            Duration serviceCpuBefore = service.cpuTime();
            Map<String, Long> threadsBefore = threadTicks(service.pid());
            WrkRun run = wrk(script, url, connections, seconds);
            double serviceCpu = (service.cpuTime().minus(serviceCpuBefore).toNanos() / 1e9);
            Map<String, Long> threadsAfter = threadTicks(service.pid());
            double requests = run.requestsPerSecond * seconds;
            String note = "wrk -t1 -c" + connections + " -d" + seconds + "s after " + warmup + " s warm-up, " + households
                    + " generated households; wrk CPU " + String.format("%.0f%%", 100 * run.cpuSeconds / seconds)
                    + " of a core; service CPU " + String.format("%.0f us/request", 1e6 * serviceCpu / requests)
                    + threadSplit(threadsBefore, threadsAfter, requests)
                    + (run.non2xx > 0 ? "; " + run.non2xx + " non-2xx answers" : "");
            List<Figure> figures = new ArrayList<>();
            figures.add(new Figure("REST throughput", run.requestsPerSecond, "req/s", ">= 10000 req/s",
                    run.requestsPerSecond >= 10_000 && run.non2xx == 0, note));
            figures.add(new Figure("REST latency p99", run.p99Millis, "ms", "< 10 ms", run.p99Millis < 10,
                    "p50 " + String.format("%.2f", run.p50Millis) + " ms, p90 " + String.format("%.2f", run.p90Millis)
                            + " ms (wrk --latency)"));
            return figures;
        }
    }

    /** Linux clock ticks of CPU (user + system) per thread group: the thread name without its trailing number. */
    static Map<String, Long> threadTicks(long pid) {
        Map<String, Long> ticks = new java.util.TreeMap<>();
        java.io.File[] tasks = new java.io.File("/proc/" + pid + "/task").listFiles();
        for (java.io.File task : tasks == null ? new java.io.File[0] : tasks) {
            try {
                String stat = Files.readString(task.toPath().resolve("stat"));
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticks.merge(group(name), Long.parseLong(fields[11]) + Long.parseLong(fields[12]), Long::sum);
            } catch (java.io.IOException | RuntimeException e) {
                // the thread ended between listing and reading
            }
        }
        return ticks;
    }

    static String group(String threadName) {
        if (threadName.startsWith("executor-thread")) {
            return "request threads";
        }
        if (threadName.startsWith("vert.x-eventloo")) {
            return "event loop";
        }
        if (threadName.startsWith("C1 Compiler") || threadName.startsWith("C2 Compiler")) {
            return "JIT";
        }
        if (threadName.startsWith("GC ") || threadName.startsWith("G1 ")) {
            return "GC";
        }
        return "other";
    }

    /** Where the service's CPU went, per request (assumes 100 ticks a second, Linux's USER_HZ). */
    static String threadSplit(Map<String, Long> before, Map<String, Long> after, double requests) {
        if (after.isEmpty()) {
            return "";
        }
        StringBuilder split = new StringBuilder(" (");
        for (Map.Entry<String, Long> group : after.entrySet()) {
            long ticks = group.getValue() - before.getOrDefault(group.getKey(), 0L);
            if (ticks <= 0) {
                continue; // nothing, or threads that ended during the run
            }
            split.append(split.length() > 2 ? ", " : "").append(group.getKey())
                    .append(String.format(" %.0f", 1e6 * ticks / 100.0 / requests));
        }
        return split.append(")").toString();
    }

    private static List<String> requestBodies(Path projectDir, int households) throws Exception {
        Path definitions = projectDir.resolve("benefit-definitions");
        StringWriter jsonl = new StringWriter();
        new PopulationGenerator(definitions, new ParameterLoader().load(definitions)).write(households, 2026, 7, jsonl);
        ObjectMapper json = new ObjectMapper();
        List<String> bodies = new ArrayList<>();
        for (String line : jsonl.toString().split("\n")) {
            if (!line.isBlank()) {
                JsonNode applicant = json.readTree(line);
                bodies.add(json.writeValueAsString(applicant.get("request")));
            }
        }
        return bodies;
    }

    static String luaScript(List<String> bodies) {
        StringBuilder lua = new StringBuilder("wrk.method = \"POST\"\n")
                .append("wrk.headers[\"Content-Type\"] = \"application/json\"\n")
                .append("bodies = {\n");
        for (String body : bodies) {
            lua.append("[==[").append(body).append("]==],\n");
        }
        lua.append("}\n")
                .append("local i = 0\n")
                .append("request = function()\n")
                .append("  i = i + 1\n")
                .append("  return wrk.format(nil, nil, nil, bodies[(i % #bodies) + 1])\n")
                .append("end\n");
        return lua.toString();
    }

    private record WrkRun(double requestsPerSecond, double p50Millis, double p90Millis, double p99Millis, long non2xx,
            double cpuSeconds) {
    }

    /** Runs wrk in a shell whose {@code times} builtin then reports the CPU wrk used. */
    private static WrkRun wrk(Path script, String url, int connections, int seconds) throws Exception {
        String command = "wrk -t1 -c" + connections + " -d" + seconds + "s --latency -s '" + script + "' '" + url
                + "'; times";
        Process process = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(seconds + 60L, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("wrk failed:\n" + output);
        }
        Matcher rps = RPS.matcher(output);
        if (!rps.find()) {
            throw new IllegalStateException("no throughput in wrk's output:\n" + output);
        }
        Matcher non2xx = NON_2XX.matcher(output);
        String[] lines = output.strip().split("\n");
        Matcher times = TIMES.matcher(lines[lines.length - 1]);
        double cpu = times.find() ? Integer.parseInt(times.group(1)) * 60 + Double.parseDouble(times.group(2))
                + Integer.parseInt(times.group(3)) * 60 + Double.parseDouble(times.group(4)) : Double.NaN;
        return new WrkRun(Double.parseDouble(rps.group(1)), percentile(output, "50%"), percentile(output, "90%"),
                percentile(output, "99%"), non2xx.find() ? Long.parseLong(non2xx.group(1)) : 0, cpu);
    }

    /** wrk prints latency percentiles as "99%    3.21ms" (or us / s). */
    private static double percentile(String output, String label) {
        Matcher matcher = Pattern.compile("^\\s+" + Pattern.quote(label) + "\\s+([\\d.]+)(us|ms|s)\\s*$", Pattern.MULTILINE)
                .matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + label + " latency in wrk's output:\n" + output);
        }
        double value = Double.parseDouble(matcher.group(1));
        return switch (matcher.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }

    private static boolean isWrkInstalled() throws InterruptedException {
        try {
            return new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start().waitFor() >= 0;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
