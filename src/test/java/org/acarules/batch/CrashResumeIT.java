package org.acarules.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringWriter;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.acarules.definitions.ParameterLoader;
import org.acarules.population.PopulationGenerator;
import org.acarules.RaisedCeiling;
import org.junit.jupiter.api.Test;

/**
 * Issues 6 and 13: a killed service always comes back, and its re-evaluation job ends with the same summary and
 * changes as an uninterrupted job over the same applicants: no applicant missing or counted twice. The packaged jar
 * runs with its DEFAULT database settings: the embedded default (an H2 file under ./data of a fresh working
 * directory, nothing overridden) or, on CI's PostgreSQL pass, the database the build names (ACA_TEST_JDBC_URL, with
 * a jar built for it: ACA_DB_KIND=postgresql). It is killed with SIGKILL {@value #KILLS} times in mid-job, at rising
 * points of the job's progress, and started again with the same settings each time: every start must come up, and
 * every kill counts only if the next start logs that the job resumed (it was running when killed). A job that ends
 * before its next kill is compared too, and a new one takes the kills that remain.
 */
class CrashResumeIT {
    private static final Path APP = Path.of("target/quarkus-app");
    private static final int KILLS = 10;
    private static final int HOUSEHOLDS = 1_500;
    private static final int CHUNK = 5;
    // C1 only: the restarts dominate the test's time, and they start faster so (the job runs slower: fine here)
    private static final List<String> JVM = List.of("-Xmx512m", "-XX:TieredStopAtLevel=1");
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void aServiceKilledTenTimesInMidJobAlwaysComesBackAndTheJobEndsAsAnUninterruptedOne() throws Exception {
        long began = System.nanoTime();
        Path dir = Path.of("target/crash-resume-it");
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(dir);
        Map<String, String> database = ServiceJar.defaultDatabase(dir);
        Path definitions = Path.of("benefit-definitions");
        PopulationGenerator generator = new PopulationGenerator(definitions, new ParameterLoader().load(definitions));

        ServiceJar service = ServiceJar.start(APP, dir, database, JVM, Map.of());
        List<Long> jobs = new ArrayList<>();
        List<String> killedAt = new ArrayList<>();
        int starts = 1;
        String draft;
        try {
            ObjectNode body = mapper.createObjectNode().put("base", "active");
            RaisedCeiling.files("4.5").forEach(body.putObject("files")::put);
            JsonNode drafted = mapper.readTree(service.post("/api/v1/rulesets", "application/json",
                    HttpRequest.BodyPublishers.ofString(mapper.writeValueAsString(body)), 200));
            assertTrue(drafted.get("compiles").asBoolean(), drafted.toString());
            draft = drafted.get("version").asText();
            StringWriter lines = new StringWriter();
            generator.write(HOUSEHOLDS, 2026, System.currentTimeMillis(), lines); // new external ids on a kept database
            JsonNode imported = mapper.readTree(service.post("/api/v1/applicants", "application/x-ndjson",
                    HttpRequest.BodyPublishers.ofString(lines.toString()), 200));
            assertEquals(HOUSEHOLDS, imported.get("imported").asInt(), imported.toString());
            // the defaults listen on loopback only (logged when start-up ends, which may come just after the first answer)
            assertTrue(Files.readString(service.log()).contains("Listening on: http://127.0.0.1:"), "see " + service.log());

            long job = start(service, draft);
            int killsOfThisJob = 0;
            while (killedAt.size() < KILLS) {
                assertTrue(jobs.size() < 5, "the jobs kept ending before the kills: " + killedAt);
                // the k-th kill of a job waits for k/(KILLS+1) of its households: the points rise through the job
                JsonNode status = awaitProgress(service, job, (killsOfThisJob + 1.0) / (KILLS + 1));
                if (!"running".equals(status.get("status").asText())) {
                    jobs.add(job); // ended before the kill: compared below; a new job takes the remaining kills
                    job = start(service, draft);
                    killsOfThisJob = 0;
                    continue;
                }
                service.kill();
                service = ServiceJar.start(APP, dir, database, JVM, Map.of()); // throws if it does not come up
                starts++;
                assertTrue(Files.readString(service.log()).contains("re-evaluation " + job + " resumes from its last checkpoint"),
                        "the restarted service did not resume job " + job + "; see " + service.log());
                killedAt.add("job " + job + " at " + status.get("processed").asLong() + "/" + status.get("total").asLong());
                killsOfThisJob++;
            }
            jobs.add(job);

            List<JsonNode> ends = new ArrayList<>();
            for (long id : jobs) {
                ends.add(awaitEnd(service, id));
            }
            long uninterrupted = start(service, draft);
            JsonNode whole = awaitEnd(service, uninterrupted);
            assertEquals("completed", whole.get("status").asText(), whole.toString());
            JsonNode wholeSummary = comparable(service, uninterrupted);
            ArrayNode wholeChanges = changes(service, uninterrupted);
            assertTrue(wholeChanges.size() > 0, "the change moves no one: the comparison would prove little");
            for (int i = 0; i < jobs.size(); i++) {
                JsonNode end = ends.get(i);
                assertEquals("completed", end.get("status").asText(), end.toString());
                assertEquals(end.get("total").asLong(), end.get("processed").asLong(), end.toString());
                assertEquals(whole.get("total").asLong(), end.get("total").asLong());
                assertEquals(whole.get("changed").asLong(), end.get("changed").asLong());
                assertEquals(whole.get("errors").asLong(), end.get("errors").asLong());
                JsonNode summary = comparable(service, jobs.get(i));
                assertEquals(wholeSummary, summary);
                // every applicant once: the summary counts each household once, as many as the job's total
                assertEquals(end.get("total").asLong(), summary.get("households").asLong());
                assertEquals(wholeChanges, changes(service, jobs.get(i)));
            }
        } finally {
            service.close();
        }
        System.out.printf("CrashResumeIT: %d starts, all came up; %d kills in mid-job (%s); %d job(s) compared; %.0f s%n",
                starts, killedAt.size(), String.join(", ", killedAt), jobs.size(), (System.nanoTime() - began) / 1e9);
    }

    private long start(ServiceJar service, String draft) throws Exception {
        ObjectNode request = mapper.createObjectNode().put("ruleset_version", draft).put("chunk_size", CHUNK);
        request.putObject("filter").put("year", 2026);
        return mapper.readTree(service.post("/api/v1/reevaluations", "application/json",
                HttpRequest.BodyPublishers.ofString(mapper.writeValueAsString(request)), 202)).get("id").asLong();
    }

    /** The job's status once it has processed {@code share} of its households, or has ended. */
    private JsonNode awaitProgress(ServiceJar service, long id, double share) throws Exception {
        while (true) {
            JsonNode status = mapper.readTree(service.get("/api/v1/reevaluations/" + id));
            if (!"running".equals(status.get("status").asText())
                    || status.get("processed").asLong() >= share * status.get("total").asLong()) {
                return status;
            }
            Thread.sleep(5);
        }
    }

    private JsonNode awaitEnd(ServiceJar service, long id) throws Exception {
        for (int i = 0; i < 3_000; i++) {
            JsonNode status = mapper.readTree(service.get("/api/v1/reevaluations/" + id));
            if (!"running".equals(status.get("status").asText())) {
                return status;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("re-evaluation " + id + " still running after 300 s");
    }

    private JsonNode comparable(ServiceJar service, long id) throws Exception {
        ObjectNode summary = (ObjectNode) mapper.readTree(service.get("/api/v1/reevaluations/" + id + "/summary"));
        summary.remove("reevaluation_id");
        return summary;
    }

    /** Every change of the job, page by page. */
    private ArrayNode changes(ServiceJar service, long id) throws Exception {
        ArrayNode all = mapper.createArrayNode();
        for (int page = 0;; page++) {
            JsonNode changes = mapper.readTree(service.get("/api/v1/reevaluations/" + id + "/changes?size=1000&page=" + page));
            changes.get("items").forEach(all::add);
            if (changes.get("items").size() < 1000) {
                assertEquals(changes.get("total").asLong(), all.size());
                return all;
            }
        }
    }
}
