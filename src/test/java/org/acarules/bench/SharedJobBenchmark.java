package org.acarules.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.acarules.batch.ServiceJar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Issue 14: one re-evaluation job shared by 1, 2 and 3 packaged instances on one PostgreSQL database with the same
 * total of worker threads ({@code -Dbench.shared.threads}, default 6: 1 x 6, 2 x 3, 3 x 2; a count that does not
 * divide evenly is skipped). N generated households ({@code -Dbench.shared.size}, default 100,000) in a fresh
 * database {@code acabench_shared}; the job is the batch benchmark's cold re-evaluation (the README's change, both
 * versions evaluated, dry run), run {@code -Dbench.shared.runs} times (default 2) per layout after one warm-up run.
 * Time: the job's created_at..finished_at. Needs a jar built for PostgreSQL
 * ({@code ACA_DB_KIND=postgresql mvn -B -DskipTests package}; another quarkus-app folder: {@code -Dbench.shared.app}).
 *
 * <p>{@code mvn -B test -Dtest=SharedJobBenchmark -Dbench=true [-Dbench.shared.size=...]}. A measurement, never a
 * test: it asserts nothing.
 */
public class SharedJobBenchmark {
    private final ObjectMapper mapper = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        new SharedJobBenchmark().run(Path.of("").toAbsolutePath());
    }

    void run(Path project) throws Exception {
        int size = Integer.getInteger("bench.shared.size", 100_000);
        int threads = Integer.getInteger("bench.shared.threads", 6);
        int runs = Integer.getInteger("bench.shared.runs", 2);
        Path work = project.resolve("target/bench/shared");
        Path app = Path.of(System.getProperty("bench.shared.app", project.resolve("target/quarkus-app").toString()));
        BatchBenchmark batch = new BatchBenchmark();
        Path population = BatchBenchmark.population(project, work, size);
        Map<String, String> database = BatchBenchmark.database("postgresql", work, "acabench_shared");
        String draft;
        try (ServiceJar first = ServiceJar.start(app, work, database, List.of("-Xmx1g"), Map.of())) {
            batch.importAll(first, population);
            draft = batch.draft(first, project);
        }
        List<String> rows = new ArrayList<>();
        for (int instances = 1; instances <= 3; instances++) {
            if (threads % instances != 0) {
                continue;
            }
            int each = threads / instances;
            List<ServiceJar> services = new ArrayList<>();
            try {
                for (int i = 0; i < instances; i++) {
                    services.add(ServiceJar.start(app, work, database, List.of("-Xmx1g", "-Daca.reevaluation.workers=" + each,
                            "-Daca.reevaluation.instance-id=bench-" + instances + "-" + i), Map.of()));
                }
                job(services.get(0), draft); // warm-up: JIT, the draft compiled on every instance
                List<String> times = new ArrayList<>();
                double best = Double.MAX_VALUE;
                for (int r = 0; r < runs; r++) {
                    double s = job(services.get(r % instances), draft);
                    best = Math.min(best, s);
                    times.add(String.format(Locale.ROOT, "%.1f s", s));
                }
                rows.add(String.format(Locale.ROOT, "| %d x %d | %s | %.0f |", instances, each, String.join(", ", times),
                        size / best));
            } finally {
                for (ServiceJar s : services) {
                    s.close();
                }
            }
        }
        System.out.printf(Locale.ROOT, "%n%d households, %d worker threads in all, %d cores%n| instances x workers | job times |"
                + " households/s (best) |%n| --- | --- | ---: |%n", size, threads, Runtime.getRuntime().availableProcessors());
        rows.forEach(System.out::println);
    }

    private double job(ServiceJar service, String draft) throws Exception {
        ObjectNode request = mapper.createObjectNode().put("ruleset_version", draft).put("compare_to", "active")
                .put("dry_run", true);
        long id = mapper.readTree(service.post("/api/v1/reevaluations", "application/json",
                HttpRequest.BodyPublishers.ofString(mapper.writeValueAsString(request)), 202)).get("id").asLong();
        while (true) {
            JsonNode status = mapper.readTree(service.get("/api/v1/reevaluations/" + id));
            if (!"running".equals(status.get("status").asText())) {
                if (!"completed".equals(status.get("status").asText())) {
                    throw new IllegalStateException("job " + id + ": " + status);
                }
                return Duration.between(OffsetDateTime.parse(status.get("created_at").asText()),
                        OffsetDateTime.parse(status.get("finished_at").asText())).toMillis() / 1000.0;
            }
            Thread.sleep(100);
        }
    }

    /** {@code mvn -B test -Dtest=SharedJobBenchmark -Dbench=true}: runs once and prints the table. */
    @Test
    @EnabledIfSystemProperty(named = "bench", matches = "true")
    void measure() throws Exception {
        main(new String[0]);
    }
}
