package org.acarules.pool;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Pool statistics and projections as jobs, on the real database and engine. The oracle is the synchronous endpoint:
 * the same request (and seed) must give the very same answer, whichever way it was asked. 30 households in New
 * Hampshire (a state no other test stores) with incomes from 60% to 640% of the poverty line.
 */
@QuarkusTest
@org.junit.jupiter.api.extension.ExtendWith(org.acarules.AsAdministrator.class)
class PoolJobsTest {
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final int HOUSEHOLDS = 30;
    private static volatile boolean stored;

    @BeforeEach
    void store() {
        if (stored) {
            return;
        }
        stored = true;
        String run = UUID.randomUUID().toString().substring(0, 8);
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < HOUSEHOLDS; i++) {
            int income = 9_000 + i * 3_000;
            int age = 19 + i * 45 / HOUSEHOLDS;
            lines.append("{\"external_id\": \"").append(run).append("-nh-").append(i).append("\", \"request\": {\"year\": 2026,"
                    + " \"place\": {\"state\": \"NH\"}, \"household\": {\"income\": ").append(income).append(", \"filing_status\":"
                    + " \"single\", \"people\": [{\"id\": \"p\", \"age\": ").append(age).append(", \"relationship\": \"self\","
                    + " \"immigration_status\": \"citizen\"}]}, \"benchmark_premium\": {\"monthly\": ").append(450 + i * 10)
                    .append("}}}\n");
        }
        given().contentType("application/x-ndjson").body(lines.toString().getBytes(StandardCharsets.UTF_8)).post("/api/v1/applicants")
                .then().statusCode(200).body("imported", equalTo(HOUSEHOLDS));
    }

    /** Polls the job until it no longer runs; the processed count never goes back nor past the total. */
    private static JsonNode follow(String location) throws Exception {
        long seen = 0;
        for (int i = 0; i < 600; i++) {
            JsonNode job = JSON.readTree(given().get(location).then().statusCode(200).extract().asString());
            long processed = job.path("processed").asLong();
            assertTrue(processed >= seen && processed <= job.path("total").asLong(), job.toString());
            seen = processed;
            if (!job.path("status").asText().equals("running")) {
                return job;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the job at " + location + " still runs after 600 polls");
    }

    private static String started(String collection, Map<String, Object> body) {
        Response r = given().contentType("application/json").body(body).post("/api/v1/pools/" + collection);
        assertEquals(202, r.statusCode(), r.asString());
        String location = r.header("Location");
        assertNotNull(location);
        assertTrue(location.endsWith("/api/v1/pools/" + collection + "/" + r.jsonPath().getLong("id")), location);
        assertEquals("running", r.jsonPath().getString("status"));
        assertEquals(HOUSEHOLDS, r.jsonPath().getInt("total"));
        return location;
    }

    @Test
    void aStatisticsJobAnswersWhatTheSynchronousEndpointAnswers() throws Exception {
        String location = started("statistics-jobs", Map.of("state", "NH", "year", 2026));
        JsonNode job = follow(location);
        assertEquals("completed", job.path("status").asText(), job.toString());
        assertEquals("statistics", job.path("kind").asText());
        assertEquals(HOUSEHOLDS, job.path("processed").asLong());
        assertEquals("NH", job.path("request").path("state").asText());
        assertTrue(job.path("rate_per_second").isNull() || job.path("rate_per_second").asDouble() > 0, job.toString());
        JsonNode synchronous = JSON.readTree(given().get("/api/v1/pools/statistics?state=NH&year=2026").then().statusCode(200)
                .extract().asString());
        assertEquals(synchronous, job.path("result"));
        assertEquals(HOUSEHOLDS, job.path("result").path("households").asLong());
    }

    @Test
    void aProjectionJobAnswersWhatTheSynchronousEndpointAnswersForTheSameSeed() throws Exception {
        Map<String, Object> body = Map.of("state", "NH", "year", 2026, "years", 4, "seed", 11);
        String location = started("projection-jobs", body);
        JsonNode job = follow(location);
        assertEquals("completed", job.path("status").asText(), job.toString());
        assertEquals(HOUSEHOLDS, job.path("processed").asLong());
        ObjectNode synchronous = (ObjectNode) JSON.readTree(given().contentType("application/json").body(body)
                .post("/api/v1/pools/projections").then().statusCode(200).extract().asString());
        ObjectNode result = (ObjectNode) job.path("result");
        assertTrue(result.path("id").isNull(), "a job's projection has no in-memory id: the job's id is its name");
        synchronous.remove("id");
        result.remove("id");
        assertEquals(synchronous, result);
        assertEquals(4, result.path("scenarios").path(0).path("years").size());
        String svg = given().get(location + "/charts/premium.svg").then().statusCode(200).extract().asString();
        assertTrue(svg.contains("<svg") && svg.contains(">$"), "the chart, with dollar ticks");
        given().get(location + "/charts/pie.svg").then().statusCode(400).body("errors.field", hasItem("file"));
    }

    @Test
    void badRequestsAreRefusedAtOnceNamingTheField() {
        given().contentType("application/json").body(Map.of("state", "XX")).post("/api/v1/pools/statistics-jobs")
                .then().statusCode(400).body("errors.field", hasItem("state"));
        given().contentType("application/json").body(Map.of("state", "NH", "year", 2015)).post("/api/v1/pools/statistics-jobs")
                .then().statusCode(400).body("errors.field", hasItem("population"));
        given().contentType("application/json").body(Map.of("ruleset_version", "nosuchversion")).post("/api/v1/pools/statistics-jobs")
                .then().statusCode(400).body("errors.field", hasItem("ruleset_version"));
        given().contentType("application/json").body(Map.of("state", "NH", "years", 21)).post("/api/v1/pools/projection-jobs")
                .then().statusCode(400).body("errors.field", hasItem("years"));
        given().contentType("application/json").body(Map.of("state", "NH", "parameters", Map.of("loss_ratio", 1.2)))
                .post("/api/v1/pools/projection-jobs").then().statusCode(400).body("errors.field", hasItem("parameters.loss_ratio"));
        given().contentType("application/json").body(Map.of("state", "NH", "nonsense", 1)).post("/api/v1/pools/projection-jobs")
                .then().statusCode(400);
    }

    @Test
    void unknownJobsAre404AndAJobIsOnlyFoundUnderItsKind() throws Exception {
        given().get("/api/v1/pools/statistics-jobs/999999").then().statusCode(404);
        given().get("/api/v1/pools/projection-jobs/999999").then().statusCode(404);
        String location = started("statistics-jobs", Map.of("state", "NH"));
        String id = location.substring(location.lastIndexOf('/') + 1);
        given().get("/api/v1/pools/projection-jobs/" + id).then().statusCode(404);
        given().get("/api/v1/pools/projection-jobs/" + id + "/charts/premium.svg").then().statusCode(404);
        follow(location);
    }

    @jakarta.inject.Inject
    javax.sql.DataSource database;

    /**
     * An instance that stops while running a job stops its heartbeat: the row is written as that instance would have
     * left it, last beat five minutes ago, and the next reader (any instance) fails the job, saying why.
     */
    @Test
    void aJobWhoseInstanceStoppedIsFailedByTheNextReader() throws Exception {
        long id;
        try (var c = database.getConnection(); var ps = c.prepareStatement("insert into pool_job (kind, request, ruleset_version,"
                + " status, total, processed, message, owner, created_at, started_at, updated_at) values ('statistics', '{}',"
                + " 'v', 'running', 10, 4, 'evaluating households', 'gone-instance', current_timestamp - interval '6' minute,"
                + " current_timestamp - interval '6' minute, current_timestamp - interval '5' minute)",
                java.sql.Statement.RETURN_GENERATED_KEYS)) {
            ps.executeUpdate();
            try (var keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        JsonNode job = JSON.readTree(given().get("/api/v1/pools/statistics-jobs/" + id).then().statusCode(200).extract().asString());
        assertEquals("failed", job.path("status").asText(), job.toString());
        assertTrue(job.path("message").asText().startsWith("abandoned"), job.toString());
        assertEquals(4, job.path("processed").asLong());
    }

    @Test
    void clientsMayNotStartOrReadJobs() {
        given().auth().preemptive().basic("client", "client").contentType("application/json").body(Map.of())
                .post("/api/v1/pools/statistics-jobs").then().statusCode(403);
        given().auth().preemptive().basic("client", "client").get("/api/v1/pools/projection-jobs/1").then().statusCode(403);
        given().auth().preemptive().basic("analyst", "analyst").get("/api/v1/pools/projection-jobs/999999").then().statusCode(404);
    }
}
