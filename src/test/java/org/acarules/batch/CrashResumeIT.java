package org.acarules.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringWriter;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.acarules.definitions.ParameterLoader;
import org.acarules.population.PopulationGenerator;
import org.junit.jupiter.api.Test;

/**
 * Issue 6: a re-evaluation job whose service JVM is killed (SIGKILL) part-way resumes when the service starts
 * again and ends with the same summary and changes as an uninterrupted job over the same applicants: no applicant
 * missing or counted twice. The service is the packaged jar in its own JVM, on an H2 file under target/ or on the
 * PostgreSQL the build runs its tests on (ACA_TEST_JDBC_URL, with a jar built for it: ACA_DB_KIND=postgresql).
 * If the job ends before the kill lands, it is tried again with more households; it never passes without a kill
 * in mid-job (the restarted service must log that the job resumed).
 */
class CrashResumeIT {
    private static final Path APP = Path.of("target/quarkus-app");
    private static final String CEILING = "benefit-definitions/parameters/gov/aca/ptc/income_ceiling.yaml";
    private static final int CHUNK = 10;
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void aKilledServiceResumesTheJobToTheSameResultAsAnUninterruptedRun() throws Exception {
        Path dir = Path.of("target/crash-resume-it");
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(dir);
        Map<String, String> database = ServiceJar.database(dir);
        Path definitions = Path.of("benefit-definitions");
        PopulationGenerator generator = new PopulationGenerator(definitions, new ParameterLoader().load(definitions));

        ServiceJar service = ServiceJar.start(APP, dir, database, List.of("-Xmx512m"), Map.of());
        long job = -1;
        String draft = null;
        try {
            String ceiling = Files.readString(Path.of(CEILING)).replace("'2026-01-01':\n    value: 4.0", "'2026-01-01':\n    value: 4.5");
            ObjectNode body = mapper.createObjectNode().put("base", "active");
            body.putObject("files").put(CEILING, ceiling);
            JsonNode drafted = mapper.readTree(service.post("/api/v1/rulesets", "application/json",
                    HttpRequest.BodyPublishers.ofString(mapper.writeValueAsString(body)), 200));
            assertTrue(drafted.get("compiles").asBoolean(), drafted.toString());
            draft = drafted.get("version").asText();
            for (int attempt = 1; attempt <= 3 && job < 0; attempt++) {
                int households = 2_000 * attempt; // more households on a later attempt if the job ended before the kill
                StringWriter lines = new StringWriter();
                generator.write(households, 2026, System.currentTimeMillis() + attempt, lines); // new external ids on a kept database
                JsonNode imported = mapper.readTree(service.post("/api/v1/applicants", "application/x-ndjson",
                        HttpRequest.BodyPublishers.ofString(lines.toString()), 200));
                assertEquals(households, imported.get("imported").asInt(), imported.toString());
                long id = start(service, draft);
                while (true) {
                    JsonNode status = mapper.readTree(service.get("/api/v1/reevaluations/" + id));
                    long processed = status.get("processed").asLong();
                    if (!"running".equals(status.get("status").asText())) {
                        break; // ended before the kill: try again with more households
                    }
                    if (processed > 0 && processed < status.get("total").asLong()) {
                        service.kill();
                        job = id;
                        break;
                    }
                    Thread.sleep(5);
                }
            }
        } finally {
            service.close();
        }
        assertTrue(job > 0, "the job ended before the service could be killed three times");

        try (ServiceJar restarted = ServiceJar.start(APP, dir, database, List.of("-Xmx512m"), Map.of())) {
            JsonNode resumed = awaitEnd(restarted, job);
            assertTrue(Files.readString(restarted.log()).contains("re-evaluation " + job + " resumes from its last checkpoint"),
                    "the restarted service did not resume job " + job + "; see " + restarted.log());
            assertEquals("completed", resumed.get("status").asText(), resumed.toString());
            assertEquals(resumed.get("total").asLong(), resumed.get("processed").asLong(), resumed.toString());

            long uninterrupted = start(restarted, draft);
            JsonNode whole = awaitEnd(restarted, uninterrupted);
            assertEquals("completed", whole.get("status").asText(), whole.toString());
            assertEquals(whole.get("total").asLong(), resumed.get("total").asLong());
            assertEquals(whole.get("changed").asLong(), resumed.get("changed").asLong());
            assertEquals(whole.get("errors").asLong(), resumed.get("errors").asLong());

            JsonNode a = comparable(restarted, job);
            JsonNode b = comparable(restarted, uninterrupted);
            assertEquals(b, a);
            // every applicant once: the summary counts each household once, as many as the job's total
            assertEquals(resumed.get("total").asLong(), a.get("households").asLong());
            JsonNode changesA = mapper.readTree(restarted.get("/api/v1/reevaluations/" + job + "/changes?size=1000"));
            JsonNode changesB = mapper.readTree(restarted.get("/api/v1/reevaluations/" + uninterrupted + "/changes?size=1000"));
            assertEquals(whole.get("changed").asLong(), changesA.get("total").asLong());
            assertTrue(changesA.get("total").asLong() > 0, "the change moves no one: the comparison would prove little");
            assertEquals(changesB.get("items"), changesA.get("items"));
        }
    }

    private long start(ServiceJar service, String draft) throws Exception {
        ObjectNode request = mapper.createObjectNode().put("ruleset_version", draft).put("chunk_size", CHUNK);
        request.putObject("filter").put("year", 2026);
        return mapper.readTree(service.post("/api/v1/reevaluations", "application/json",
                HttpRequest.BodyPublishers.ofString(mapper.writeValueAsString(request)), 202)).get("id").asLong();
    }

    private JsonNode awaitEnd(ServiceJar service, long id) throws Exception {
        for (int i = 0; i < 1_200; i++) {
            JsonNode status = mapper.readTree(service.get("/api/v1/reevaluations/" + id));
            if (!"running".equals(status.get("status").asText())) {
                return status;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("re-evaluation " + id + " still running after 120 s");
    }

    private JsonNode comparable(ServiceJar service, long id) throws Exception {
        ObjectNode summary = (ObjectNode) mapper.readTree(service.get("/api/v1/reevaluations/" + id + "/summary"));
        summary.remove("reevaluation_id");
        return summary;
    }
}
