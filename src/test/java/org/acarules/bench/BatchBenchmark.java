package org.acarules.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acarules.batch.ServiceJar;
import org.acarules.bench.harness.BenchmarkSuite;
import org.acarules.bench.harness.Figure;
import org.acarules.definitions.ParameterLoader;
import org.acarules.population.PopulationGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Batch (issue 7): N generated households (default 1,000,000; {@code -Dbench.batch.size}) imported into a fresh
 * database and re-evaluated under two versions and diffed by the packaged service, run as its own JVM with
 * {@code -Xmx1g} and driven over HTTP. The database: a fresh H2 file under the work directory, or with
 * {@code -Dbench.batch.db=postgresql} a fresh database {@code acabench} on the PostgreSQL at 127.0.0.1:5432
 * ({@code -Dbench.batch.pg-admin-url}, user postgres), served by a jar built for PostgreSQL
 * ({@code ACA_DB_KIND=postgresql mvn package}, then {@code -Dbench.batch.app=<its quarkus-app folder>}).
 *
 * <p>The change is the README's demonstration: the active 2026 rules (compare_to) against "2025's rules for 2026"
 * (the three premium tax credit parameters of 2026-01-01 removed), which changes most households, so most rows of
 * the diff are written. Phases: import; re-evaluation with no stored decisions (two evaluations per household);
 * a live job on the active version (one evaluation per household, every decision stored); the re-evaluation again,
 * now reading the compare_to answers from the stored decisions (one evaluation per household). Times are the
 * job's own created_at..finished_at. {@code -Dbench.batch.phases=cold}, {@code warm} or {@code cold,warm} (default)
 * chooses the re-evaluations (warm includes the live job that stores the decisions). Heap: the service's GC log
 * ({@code -Xlog:gc}): the largest heap used before a collection (garbage included) and after one (which still holds
 * old-generation garbage until a concurrent cycle), per phase.
 *
 * <p>Run alone: {@code mvn -B package -DskipTests && mvn -B test -Dtest=BatchBenchmark -Dbench=true
 * [-Dbench.batch.size=100000]}. A measurement, never a test: it asserts nothing.
 */
public class BatchBenchmark implements BenchmarkSuite {
    private static final Pattern GC = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");
    private static final List<String> CHANGED = List.of("income_ceiling", "applicable_percentage",
            "lawfully_present_below_floor_exception");
    private final ObjectMapper mapper = new ObjectMapper();

    @Override
    public String id() {
        return "batch";
    }

    @Override
    public List<Figure> run(Path projectDir, Path workDir) throws Exception {
        int size = Integer.getInteger("bench.batch.size", 1_000_000);
        String db = System.getProperty("bench.batch.db", "h2");
        List<String> phases = List.of(System.getProperty("bench.batch.phases", "cold,warm").split(","));
        Path app = Path.of(System.getProperty("bench.batch.app", projectDir.resolve("target/quarkus-app").toString()));
        Path population = population(projectDir, workDir, size);
        Map<String, String> database = database(db, workDir, "acabench");
        Path gcLog = workDir.resolve("gc-" + db + ".log");
        List<Figure> figures = new ArrayList<>();
        String where = db + ", service JVM -Xmx1g, " + Runtime.getRuntime().availableProcessors() + " cores";
        try (ServiceJar service = ServiceJar.start(app, workDir, database,
                jvmOptions(gcLog), Map.of())) {
            int gcMark = 0;
            long t0 = System.nanoTime();
            importAll(service, population);
            double importSeconds = (System.nanoTime() - t0) / 1e9;
            figures.add(new Figure("import " + size + " households (" + db + ")", importSeconds, "s", "-", true,
                    String.format(Locale.ROOT, "%.0f households/s, JSON Lines in 100,000-line requests; %s", size / importSeconds, where)));
            gcMark = heap(figures, "import", gcLog, gcMark, where);

            String draft = draft(service, projectDir);
            if (phases.contains("cold")) {
                JsonNode cold = job(service, draft, "active", true);
                figures.add(jobFigure("re-evaluate and diff " + size + ", no stored decisions (2 evaluations each)", cold, size, where));
                gcMark = heap(figures, "re-evaluation, no stored decisions", gcLog, gcMark, where);
            }
            if (phases.contains("warm")) {
                JsonNode live = job(service, "active", "active", false);
                figures.add(new Figure("store a decision for each of " + size + " (live job, 1 evaluation each)", seconds(live),
                        "s", "-", true, String.format(Locale.ROOT, "%.0f households/s; %s", size / seconds(live), where)));
                gcMark = heap(figures, "live job", gcLog, gcMark, where);

                JsonNode warm = job(service, draft, "active", true);
                figures.add(jobFigure("re-evaluate and diff " + size + ", compare_to from stored decisions", warm, size, where));
                heap(figures, "re-evaluation, stored decisions", gcLog, gcMark, where);
            }
        }
        return figures;
    }

    /** -Xmx1g and the GC log, then {@code -Dbench.batch.jvm-options} (space-separated), for A/B runs of a JVM option. */
    private static List<String> jvmOptions(Path gcLog) {
        List<String> options = new ArrayList<>(List.of("-Xmx1g", "-Xlog:gc:file=" + gcLog.toAbsolutePath()));
        String extra = System.getProperty("bench.batch.jvm-options", "").trim();
        if (!extra.isEmpty()) {
            options.addAll(List.of(extra.split("\\s+")));
        }
        return options;
    }

    private Figure jobFigure(String name, JsonNode job, int size, String where) {
        double s = seconds(job);
        double perMillion = s * 1_000_000 / size;
        return new Figure(name, s, "s", "< 60 s for 1,000,000", perMillion < 60,
                String.format(Locale.ROOT, "%.0f households/s (%.0f s per million); %d changed, %d errors, %d compare_to answers"
                        + " from stored decisions; %s", size / s, perMillion, job.get("changed").asLong(),
                        job.get("errors").asLong(), job.get("baseline_reused").asLong(), where));
    }

    private static double seconds(JsonNode job) {
        return Duration.between(OffsetDateTime.parse(job.get("created_at").asText()),
                OffsetDateTime.parse(job.get("finished_at").asText())).toMillis() / 1000.0;
    }

    /** Peak heap of the GC log lines since {@code mark}; returns the new mark. */
    private static int heap(List<Figure> figures, String phase, Path gcLog, int mark, String where) throws IOException {
        List<String> lines = Files.readAllLines(gcLog);
        long before = 0;
        long after = 0;
        for (String line : lines.subList(Math.min(mark, lines.size()), lines.size())) {
            Matcher m = GC.matcher(line);
            if (m.find()) {
                before = Math.max(before, Long.parseLong(m.group(1)));
                after = Math.max(after, Long.parseLong(m.group(2)));
            }
        }
        figures.add(new Figure("peak heap used, " + phase, before, "MiB", "< 1024 MiB", before < 1024,
                "largest heap before a GC (garbage included); largest after a GC " + after + " MiB; " + where));
        return lines.size();
    }

    /** {@code size} generated 2026 households (seed 7) as JSON Lines under {@code workDir}, written once. */
    static Path population(Path projectDir, Path workDir, int size) throws IOException {
        Files.createDirectories(workDir);
        Path population = workDir.resolve("population-" + size + ".jsonl");
        if (!Files.exists(population)) {
            Path definitions = projectDir.resolve("benefit-definitions");
            try (BufferedWriter out = Files.newBufferedWriter(population, StandardCharsets.UTF_8)) {
                new PopulationGenerator(definitions, new ParameterLoader().load(definitions)).write(size, 2026, 7, out);
            }
        }
        return population;
    }

    /** A fresh database: an H2 file under {@code workDir}, or the PostgreSQL database {@code name}, dropped and created. */
    static Map<String, String> database(String db, Path workDir, String name) throws Exception {
        if (db.equals("h2")) {
            Path dir = workDir.resolve("h2");
            if (Files.exists(dir)) {
                try (var files = Files.walk(dir)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            return Map.of("url", "jdbc:h2:file:" + dir.resolve("aca").toAbsolutePath(), "user", "sa");
        }
        if (!db.equals("postgresql")) {
            throw new IllegalArgumentException("bench.batch.db: h2 or postgresql, not " + db);
        }
        String admin = System.getProperty("bench.batch.pg-admin-url", "jdbc:postgresql://127.0.0.1:5432/postgres");
        try (Connection c = DriverManager.getConnection(admin, "postgres", ""); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name);
            s.execute("create database " + name);
        }
        return Map.of("url", admin.substring(0, admin.lastIndexOf('/') + 1) + name, "user", "postgres");
    }

    /** The file in requests of 100,000 lines (the body limit is 64 MB). */
    void importAll(ServiceJar service, Path population) throws Exception {
        try (BufferedReader in = Files.newBufferedReader(population, StandardCharsets.UTF_8)) {
            while (true) {
                StringBuilder part = new StringBuilder(40_000_000);
                int n = 0;
                for (String line = in.readLine(); line != null; line = n < 100_000 ? in.readLine() : null) {
                    part.append(line).append('\n');
                    n++;
                }
                if (n == 0) {
                    return;
                }
                JsonNode report = mapper.readTree(service.post("/api/v1/applicants", "application/x-ndjson",
                        HttpRequest.BodyPublishers.ofString(part.toString()), 200));
                if (report.get("imported").asInt() != n) {
                    throw new IllegalStateException("import: " + report.toString().substring(0, 500));
                }
                if (n < 100_000) {
                    return;
                }
            }
        }
    }

    /** "2025's rules for 2026" (src/test/resources/reevaluate/rules-of-2025-for-2026.sh) as a draft on the active version. */
    String draft(ServiceJar service, Path projectDir) throws Exception {
        ObjectNode body = mapper.createObjectNode().put("base", "active");
        ObjectNode files = body.putObject("files");
        for (String id : CHANGED) {
            String path = "benefit-definitions/parameters/gov/aca/ptc/" + id + ".yaml";
            // as the script does: the 2026-01-01 entry goes (up to the next dated entry, e.g. 2027's), and a yearly
            // entry held through 2025 reaches 2026
            List<String> lines = new ArrayList<>(Files.readAllLines(projectDir.resolve(path)));
            int start = lines.indexOf(lines.stream().filter(l -> l.startsWith("  '2026-01-01':")).findFirst()
                    .orElseThrow(() -> new IllegalStateException(path + ": no 2026-01-01 entry")));
            int end = start + 1;
            while (end < lines.size() && !lines.get(end).matches("^  '[0-9-]*':.*")) {
                end++;
            }
            lines.subList(start, end).clear();
            lines.replaceAll(l -> l.equals("    through: 2025") ? "    through: 2026" : l);
            files.put(path, String.join("\n", lines) + "\n");
        }
        JsonNode drafted = mapper.readTree(service.post("/api/v1/rulesets", "application/json",
                HttpRequest.BodyPublishers.ofString(mapper.writeValueAsString(body)), 200));
        if (!drafted.get("compiles").asBoolean()) {
            throw new IllegalStateException("the draft does not compile: " + drafted);
        }
        return drafted.get("version").asText();
    }

    private JsonNode job(ServiceJar service, String version, String compareTo, boolean dryRun) throws Exception {
        ObjectNode request = mapper.createObjectNode().put("ruleset_version", version).put("compare_to", compareTo)
                .put("dry_run", dryRun);
        long id = mapper.readTree(service.post("/api/v1/reevaluations", "application/json",
                HttpRequest.BodyPublishers.ofString(mapper.writeValueAsString(request)), 202)).get("id").asLong();
        while (true) {
            JsonNode status = mapper.readTree(service.get("/api/v1/reevaluations/" + id));
            if (!"running".equals(status.get("status").asText())) {
                if (!"completed".equals(status.get("status").asText())) {
                    throw new IllegalStateException("job " + id + ": " + status);
                }
                return status;
            }
            Thread.sleep(250);
        }
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of("").toAbsolutePath();
        Path work = Path.of(System.getProperty("bench.batch.work", project.resolve("target/bench/batch").toString()));
        for (Figure f : new BatchBenchmark().run(project, work)) {
            System.out.printf(Locale.ROOT, "%-75s %12.1f %-4s target %-22s %-4s %s%n", f.name(), f.value(), f.unit(), f.target(),
                    f.pass() ? "ok" : "MISS", f.note());
        }
    }

    /** {@code mvn -B test -Dtest=BatchBenchmark -Dbench=true}: runs the suite once and prints its figures. */
    @Test
    @EnabledIfSystemProperty(named = "bench", matches = "true")
    void measure() throws Exception {
        main(new String[0]);
    }
}
