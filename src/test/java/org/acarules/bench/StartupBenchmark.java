package org.acarules.bench;

import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.acarules.bench.harness.BenchmarkSuite;
import org.acarules.bench.harness.Figure;
import org.acarules.batch.ServiceJar;
import org.acarules.bench.harness.Stats;

/**
 * Start-up to first answer of the packaged service (fresh JVM, fresh H2 file database, the full ruleset from rules/
 * and benefit-definitions/), and compile + activation of the full ruleset through {@code POST
 * /api/v1/rulesets/reload} on a running service.
 *
 * <p>A first start fills the compiled rule cache (a folder of this run shared by the later starts, as a restarted
 * service shares its own); the measured starts then find their rules there. Settings: {@code bench.startup.runs} (5),
 * {@code bench.startup.rule-cache} ({@code on}; {@code off} compiles at every start), {@code bench.startup.java} (the
 * Java binary to start the jar with; default the harness's), {@code bench.startup.aot} ({@code true}: the first start
 * is a training run writing a Java 25 AOT cache, {@code -XX:AOTCacheOutput}, which the measured starts use with
 * {@code -XX:AOTCache}; on Java 13-24 a dynamic CDS archive instead, {@code -XX:ArchiveClassesAtExit} then
 * {@code -XX:SharedArchiveFile}, as {@code src/main/scripts/run-with-aot-cache.sh} does). Besides wall time, each
 * start's process CPU time up to the first answer: on a machine shared with other builds it says what the start-up
 * cost, not how long it waited for a core.
 */
public final class StartupBenchmark implements BenchmarkSuite {
    /** The README's example household. */
    static final String README_HOUSEHOLD = """
            {"year": 2026, "place": {"state": "TX", "countyfips": "48201", "zipcode": "77002"},
             "household": {"income": 31500, "filing_status": "single",
               "people": [{"id": "pat", "age": 40, "relationship": "self", "immigration_status": "citizen",
                 "employer_offer": {"self_only_monthly_contribution": 300.00,
                                    "family_monthly_contribution": 640.00, "provides_minimum_value": true}}]},
             "benchmark_premium": {"monthly": 625.00}, "plan_premium": {"monthly": 580.00}}""";
    private static final Pattern COMPILED = Pattern.compile("(?:compiled in|compiled ahead, waited) (\\d+) ms");

    private record Start(double seconds, double cpuSeconds, double waitedForRules, boolean restored) {
    }

    @Override
    public String id() {
        return "startup";
    }

    @Override
    public List<Figure> run(Path projectDir, Path workDir) throws Exception {
        int runs = Integer.getInteger("bench.startup.runs", 5);
        int reloads = Integer.getInteger("bench.startup.reloads", 5);
        boolean ruleCache = !"off".equalsIgnoreCase(System.getProperty("bench.startup.rule-cache", "on"));
        String javaSetting = System.getProperty("bench.startup.java", "");
        Path javaBin = javaSetting.isBlank() ? Path.of(System.getProperty("java.home"), "bin", "java") : Path.of(javaSetting);
        boolean aot = Boolean.getBoolean("bench.startup.aot");
        Path cacheDir = workDir.resolve("rule-cache");
        String version = javaVersion(javaBin);
        // Java 25: an AOT cache; Java 13-24: a dynamic CDS archive, as src/main/scripts/run-with-aot-cache.sh does
        boolean aotCacheJava = majorVersion(version) >= 25;
        Path aotCache = workDir.resolve(aotCacheJava ? "aca-rules.aot" : "aca-rules.jsa");
        String writeCache = aotCacheJava ? "-XX:AOTCacheOutput=" : "-XX:ArchiveClassesAtExit=";
        String useCache = aotCacheJava ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=";
        deleteTree(cacheDir);
        deleteTree(workDir.resolve("first"));
        Files.deleteIfExists(aotCache);
        Map<String, String> env = Map.of("ACA_EVALUATION_OPEN", "true", "ACA_RULES_CACHE_DIR",
                ruleCache ? cacheDir.toAbsolutePath().toString() : "off");
        List<String> jvm = new ArrayList<>();
        String variant = "rule cache " + (ruleCache ? "on" : "off") + ", " + version
                + (aot ? (aotCacheJava ? ", AOT cache" : ", CDS archive") : "");

        Path app = projectDir.resolve("target/quarkus-app");
        Start first;
        try (ServiceJar service = ServiceJar.launch(javaBin, app, Files.createDirectories(workDir.resolve("first")),
                ServiceJar.database(workDir.resolve("first")), aot ? List.of(writeCache + aotCache) : List.of(), env)) {
            first = measure(service);
            service.stop(Duration.ofMinutes(5)); // the training run writes the AOT cache as it exits
        }
        if (aot) {
            if (!Files.isRegularFile(aotCache)) {
                throw new IllegalStateException("the training run wrote no cache " + aotCache + " (Java 13 or later needed)");
            }
            jvm.add(useCache + aotCache);
        }
        Start[] starts = new Start[runs];
        double[] reloadSeconds = new double[reloads];
        for (int run = 0; run < runs; run++) {
            Path runDir = workDir.resolve("run-" + run);
            deleteTree(runDir); // a fresh database: an earlier run's holds a stored, activated version
            Files.createDirectories(runDir);
            try (ServiceJar service = ServiceJar.launch(javaBin, app, runDir, ServiceJar.database(runDir), jvm, env)) {
                starts[run] = measure(service);
                if (run == runs - 1) {
                    for (int i = 0; i < reloads; i++) {
                        long start = System.nanoTime();
                        service.post("/api/v1/rulesets/reload", "application/json", HttpRequest.BodyPublishers.noBody(),
                                200); // throws for any other status
                        reloadSeconds[i] = (System.nanoTime() - start) / 1e9;
                    }
                }
            }
        }
        Stats wall = Stats.of(Stream.of(starts).mapToDouble(Start::seconds).toArray());
        Stats cpu = Stats.of(Stream.of(starts).mapToDouble(Start::cpuSeconds).toArray());
        Stats waited = Stats.of(Stream.of(starts).mapToDouble(Start::waitedForRules).toArray());
        Stats reload = Stats.of(reloadSeconds);
        long restored = Stream.of(starts).filter(Start::restored).count();
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("start-up to first answer", wall.median(), "s", "< 3 s", wall.median() < 3,
                "java -jar, fresh H2 file db, first POST /api/v1/eligibility 200; " + variant + "; rules restored from the "
                        + "cache in " + restored + " of " + runs + "; " + wall.range("%.2f")));
        figures.add(new Figure("process CPU to first answer", cpu.median(), "s", "(same starts)", true,
                "user + system CPU of the service's JVM when the first answer came; " + cpu.range("%.2f")));
        figures.add(new Figure("first start (empty rule cache" + (aot ? ", training run" : "") + ")", first.seconds(),
                "s", "(one start)", true, String.format(Locale.ROOT, "%s; process CPU %.2f s", variant,
                        first.cpuSeconds())));
        figures.add(new Figure("start-up waiting for the rules", waited.median(), "s", "(part of the above)", true,
                "rules compiled (or restored) and warmed beside the framework's boot; how long boot then waited for them (service log); " + waited.range("%.2f")));
        figures.add(new Figure("compile + activation (reload)", reload.median(), "s", "< 2 s", reload.median() < 2,
                "POST /api/v1/rulesets/reload, full ruleset, warm service; " + reload.range("%.2f")));
        return figures;
    }

    private static Start measure(ServiceJar service) throws Exception {
        double seconds = service.awaitFirstAnswer("/api/v1/eligibility", README_HOUSEHOLD, Duration.ofMinutes(2)).toNanos() / 1e9;
        double cpu = service.cpuTime().toNanos() / 1e9;
        String log = Files.readString(service.log());
        Matcher matcher = COMPILED.matcher(log);
        if (!matcher.find()) {
            throw new IllegalStateException("no 'compiled in' line in " + service.log());
        }
        return new Start(seconds, cpu, Double.parseDouble(matcher.group(1)) / 1e3, log.contains("restored from"));
    }

    private static String javaVersion(Path javaBin) throws Exception {
        Process process = new ProcessBuilder(javaBin.toString(), "-version").redirectErrorStream(true).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        Matcher version = Pattern.compile("version \"([^\"]+)\"").matcher(text);
        return "Java " + (version.find() ? version.group(1) : "?");
    }

    /** 17 for "Java 17.0.15", 25 for "Java 25.0.3"; 0 when it cannot tell. */
    static int majorVersion(String version) {
        Matcher major = Pattern.compile("Java (\\d+)").matcher(version);
        return major.find() ? Integer.parseInt(major.group(1)) : 0;
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
