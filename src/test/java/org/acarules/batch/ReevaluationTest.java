package org.acarules.batch;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.acarules.RaisedCeiling;
import org.junit.jupiter.api.Test;

/**
 * Re-evaluation jobs through REST on the real database and engine: a crafted rule change (the 2026 income
 * ceiling raised from 400% to 499% of the poverty line (not 500%: RulesetWorkflowTest drafts that one and expects it new)) moves people from marketplace to aptc; cancel, and resuming
 * the cancelled job; and a job halted after some chunks, as if the process had died, resumes to the same summary as an uninterrupted run.
 * Each test imports its own applicants in its own state and filters on it (the tests share one database).
 */
@QuarkusTest
@org.junit.jupiter.api.extension.ExtendWith(org.acarules.AsAdministrator.class)
class ReevaluationTest {
    /** The 2025 HHS guideline for one person in the 48 states, which 2026 credits use (prior year's guideline). */
    private static final int GUIDELINE_2025 = 15_650;

    @Inject
    ReevaluationRunner runner;

    @Inject
    JobStore store;

    @Inject
    javax.sql.DataSource dataSource;

    private static String draftWithCeilingAtFive() throws Exception {
        return given().contentType("application/json").body(Map.of("base", "active", "files", RaisedCeiling.files("4.99")))
                .post("/api/v1/rulesets").then().statusCode(200).body("compiles", equalTo(true)).extract().path("version");
    }

    /** {@code n} single adults in {@code state}, 2026, income from 100% of the guideline up in steps of 9 points. */
    private static void importHouseholds(String state, int n) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < n; i++) {
            long income = Math.round(GUIDELINE_2025 * (1.0 + i * 0.09));
            lines.append("{\"external_id\": \"").append(run).append('-').append(i).append("\", \"request\": {\"year\": 2026,")
                    .append(" \"place\": {\"state\": \"").append(state).append("\"}, \"household\": {\"income\": ").append(income)
                    .append(", \"filing_status\": \"single\", \"people\": [{\"id\": \"p\", \"age\": 45, \"relationship\": \"self\",")
                    .append(" \"immigration_status\": \"citizen\"}]}, \"benchmark_premium\": {\"monthly\": 900.00}}}\n");
        }
        given().contentType("application/x-ndjson").body(lines.toString().getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/applicants").then().statusCode(200).body("imported", equalTo(n));
    }

    private static long start(String version, String state, int chunkSize) {
        return given().contentType("application/json").body(Map.of("ruleset_version", version, "filter", Map.of("state", state, "year", 2026),
                "chunk_size", chunkSize)).post("/api/v1/reevaluations").then().statusCode(202)
                .body("dry_run", equalTo(true)).extract().jsonPath().getLong("id");
    }

    private static JsonPath awaitEnd(long id) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            JsonPath status = given().get("/api/v1/reevaluations/" + id).then().statusCode(200).extract().jsonPath();
            if (!"running".equals(status.getString("status"))) {
                return status;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("re-evaluation " + id + " still running after 60 s");
    }

    private static Map<String, Object> comparable(long id) {
        Map<String, Object> summary = given().get("/api/v1/reevaluations/" + id + "/summary").then().statusCode(200)
                .extract().jsonPath().getMap("$");
        summary.remove("reevaluation_id");
        return summary;
    }

    @Test
    void raisingTheCeilingMovesPeopleFromMarketplaceToAptc() throws Exception {
        importHouseholds("WY", 60);
        String draft = draftWithCeilingAtFive();
        long id = start(draft, "WY", 7);
        JsonPath done = awaitEnd(id);
        assertEquals("completed", done.getString("status"));
        assertEquals(60, done.getInt("total"));
        assertEquals(60, done.getInt("processed"));
        assertEquals(0, done.getInt("errors"));
        JsonPath summary = given().get("/api/v1/reevaluations/" + id + "/summary").then().statusCode(200)
                .body("persons", equalTo(60)).extract().jsonPath();
        // incomes 100% + 9i: 406%, 415%, ... 496% (i = 34..44) are above 400% and not above 499%: eleven people move
        Map<String, Object> moved = summary.getMap("transitions.find { it.before == 'marketplace' && it.after == 'aptc' }");
        assertEquals(11, moved.get("persons"), "transitions: " + summary.getList("transitions"));
        assertTrue(summary.getMap("by_fpl_band").containsKey("400-500"));
        assertEquals(11, summary.getInt("by_fpl_band.'400-500'.find { it.before == 'marketplace' && it.after == 'aptc' }.persons"));
        assertEquals(11, summary.getInt("by_state.WY.find { it.before == 'marketplace' && it.after == 'aptc' }.persons"));
        given().get("/api/v1/reevaluations/" + id + "/changes?page=0&size=4").then().statusCode(200)
                .body("total", equalTo(summary.getInt("changed_households"))).body("items.size()", equalTo(4))
                .body("items[0].people[0].before.outcome", equalTo("marketplace"))
                .body("items[0].people[0].after.outcome", equalTo("aptc"))
                .body("items[0].rules_added", hasItem(org.hamcrest.Matchers.startsWith("APTC-")));
    }

    @Test
    void unknownVersionsAndDuplicates() throws Exception {
        given().contentType("application/json").body(Map.of("ruleset_version", "000000000000")).post("/api/v1/reevaluations")
                .then().statusCode(400).body("errors[0].field", equalTo("ruleset_version"));
        given().contentType("application/json").body(Map.of("ruleset_version", "active", "compare_to", "nope"))
                .post("/api/v1/reevaluations").then().statusCode(400).body("errors[0].field", equalTo("compare_to"));
        importHouseholds("ND", 30);
        String draft = draftWithCeilingAtFive();
        given().contentType("application/json").body(Map.of("ruleset_version", draft, "dry_run", false))
                .post("/api/v1/reevaluations").then().statusCode(400).body("errors[0].message", containsString("active"));
        runner.haltNextJobAfterChunks(1); // keeps the first job "running" so the second request finds it
        long first = start(draft, "ND", 3);
        given().contentType("application/json").body(Map.of("ruleset_version", draft, "filter", Map.of("state", "ND", "year", 2026)))
                .post("/api/v1/reevaluations").then().statusCode(200).body("id", equalTo((int) first));
        awaitHalt(first);
        given().post("/api/v1/reevaluations/" + first + "/cancel").then().statusCode(200).body("status", equalTo("cancelled"));
    }

    @Test
    void aJobOverNoOneCompletesAtOnce() {
        // the workbench's browser test saw such a job stay "running": no chunk ever came to complete it
        given().contentType("application/json").body(Map.of("ruleset_version", "active", "filter", Map.of("state", "HI", "year", 2014)))
                .post("/api/v1/reevaluations").then().statusCode(202).body("status", equalTo("completed"))
                .body("total", equalTo(0)).body("processed", equalTo(0));
    }

    @Test
    void cancelStopsTheJob() throws Exception {
        importHouseholds("VT", 40);
        String draft = draftWithCeilingAtFive();
        runner.haltNextJobAfterChunks(2);
        long id = start(draft, "VT", 4);
        awaitHalt(id);
        // chunks already in flight when the halt came may have committed too: at least 2 chunks of 4, not all 40
        int processed = given().post("/api/v1/reevaluations/" + id + "/cancel").then().statusCode(200)
                .body("status", equalTo("cancelled")).extract().path("processed");
        assertTrue(processed >= 8 && processed < 40 && processed % 4 == 0, "processed " + processed);
        runner.resumeRunning(); // a cancelled job is not resumed
        Thread.sleep(200);
        given().get("/api/v1/reevaluations/" + id).then().body("status", equalTo("cancelled")).body("processed", equalTo(processed));

        // until someone asks: it goes on from its checkpoints to the same summary as an uninterrupted run
        given().post("/api/v1/reevaluations/" + id + "/resume").then().statusCode(200).body("status", equalTo("running"));
        assertEquals("completed", awaitEnd(id).getString("status"));
        given().get("/api/v1/reevaluations/" + id).then().body("processed", equalTo(40)).body("total", equalTo(40));
        long uninterrupted = start(draft, "VT", 4);
        assertEquals("completed", awaitEnd(uninterrupted).getString("status"));
        assertEquals(comparable(uninterrupted), comparable(id));
    }

    @Test
    void aHaltedJobResumesToTheSameSummaryAsAnUninterruptedRun() throws Exception {
        importHouseholds("SD", 90);
        String draft = draftWithCeilingAtFive();
        runner.haltNextJobAfterChunks(4);
        long interrupted = start(draft, "SD", 5);
        awaitHalt(interrupted);
        JsonPath halted = given().get("/api/v1/reevaluations/" + interrupted).then().extract().jsonPath();
        assertEquals("running", halted.getString("status"));
        assertTrue(halted.getInt("processed") >= 20 && halted.getInt("processed") < 90, "processed " + halted.getInt("processed"));
        runner.resumeRunning(); // what start-up does for jobs left running
        assertEquals("completed", awaitEnd(interrupted).getString("status"));
        given().get("/api/v1/reevaluations/" + interrupted).then().body("processed", equalTo(90)).body("total", equalTo(90));

        long uninterrupted = start(draft, "SD", 5);
        assertEquals("completed", awaitEnd(uninterrupted).getString("status"));
        assertEquals(comparable(uninterrupted), comparable(interrupted));
        List<Object> changedA = given().get("/api/v1/reevaluations/" + interrupted + "/changes?size=1000").then().extract().path("items");
        List<Object> changedB = given().get("/api/v1/reevaluations/" + uninterrupted + "/changes?size=1000").then().extract().path("items");
        assertEquals(changedB, changedA);
        assertFalse(changedA.isEmpty());
    }

    @Test
    void comparingWithStoredDecisionsGivesWhatEvaluatingBothVersionsGives() throws Exception {
        // families of three in Nebraska (an expansion state) from 100% to 490% of the 2025 guideline for three
        // (26,650): parents with the credit shared between two people, children on CHIP, Medicaid, marketplace
        String run = UUID.randomUUID().toString().substring(0, 8);
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            long income = Math.round(26_650 * (1.0 + i * 0.1));
            lines.append("{\"external_id\": \"").append(run).append("-ne-").append(i).append("\", \"request\": {\"year\": 2026,")
                    .append(" \"place\": {\"state\": \"NE\"}, \"household\": {\"income\": ").append(income)
                    .append(", \"filing_status\": \"married_filing_jointly\", \"people\": [")
                    .append("{\"id\": \"a\", \"age\": 40, \"relationship\": \"self\", \"immigration_status\": \"citizen\"},")
                    .append(" {\"id\": \"b\", \"age\": 38, \"relationship\": \"spouse\", \"immigration_status\": \"citizen\"},")
                    .append(" {\"id\": \"c\", \"age\": 6, \"relationship\": \"child\", \"immigration_status\": \"citizen\"}]},")
                    .append(" \"benchmark_premium\": {\"monthly\": 1500.00}}}\n");
        }
        given().contentType("application/x-ndjson").body(lines.toString().getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/applicants").then().statusCode(200).body("imported", equalTo(40));
        String draft = draftWithCeilingAtFive();

        long evaluatedBoth = start(draft, "NE", 7);
        assertEquals(0, awaitEnd(evaluatedBoth).getInt("baseline_reused"));

        long live = given().contentType("application/json").body(Map.of("ruleset_version", "active", "dry_run", false,
                "filter", Map.of("state", "NE", "year", 2026), "chunk_size", 7)).post("/api/v1/reevaluations").then()
                .statusCode(202).extract().jsonPath().getLong("id");
        assertEquals("completed", awaitEnd(live).getString("status"));

        long fromSummaries = start(draft, "NE", 7);
        assertEquals(40, awaitEnd(fromSummaries).getInt("baseline_reused"));
        // decisions stored before summaries were kept have none: their applicants are evaluated under both versions
        try (var c = dataSource.getConnection(); var st = c.prepareStatement(
                "delete from decision_summary where applicant_id in (select id from applicant where state = 'NE')")) {
            assertEquals(40, st.executeUpdate());
        }
        long withoutSummaries = start(draft, "NE", 7);
        assertEquals(0, awaitEnd(withoutSummaries).getInt("baseline_reused"));

        Map<String, Object> expected = comparable(evaluatedBoth);
        assertTrue(expected.toString().contains("aptc"), "some people have the credit: " + expected);
        assertEquals(expected, comparable(fromSummaries));
        assertEquals(expected, comparable(withoutSummaries));
        List<Object> changes = given().get("/api/v1/reevaluations/" + evaluatedBoth + "/changes?size=1000").then().extract().path("items");
        assertFalse(changes.isEmpty());
        for (long other : List.of(fromSummaries, withoutSummaries)) {
            assertEquals(changes, given().get("/api/v1/reevaluations/" + other + "/changes?size=1000").then().extract().path("items"));
        }
    }

    @Test
    void aJobThatFailedBecauseTheDatabaseWentAwayResumesOnTheCheckOthersDoNot() throws Exception {
        importHouseholds("MT", 50);
        String draft = draftWithCeilingAtFive();
        runner.haltNextJobAfterChunks(2);
        long lost = start(draft, "MT", 5);
        awaitHalt(lost);
        // what the runner records when a chunk's SQL fails with a lost connection (see databaseLostIsToldFrom...)
        assertTrue(store.transition(lost, "running", "failed", "SQLException: connection lost", "database"));
        given().get("/api/v1/reevaluations/" + lost).then().body("status", equalTo("failed"))
                .body("failure_kind", equalTo("database"));
        long uninterrupted = start(draft, "MT", 5);
        assertEquals("completed", awaitEnd(uninterrupted).getString("status"));
        // a job that failed for another reason is left for an administrator (ten chunks: with two workers, a chunk in
        // flight when the halt comes commits too, and two chunks could both commit and complete the job)
        runner.haltNextJobAfterChunks(1);
        long broken = start(draft, "MT", 5);
        awaitHalt(broken);
        assertTrue(store.transition(broken, "running", "failed", "RuleEvaluationException: x", "error"));

        List<Long> resumed = runner.resumeAfterDatabaseLoss(); // the scheduled check, now (the database answers)
        assertTrue(resumed.contains(lost), "resumed " + resumed);
        assertFalse(resumed.contains(broken), "resumed " + resumed);
        JsonPath done = awaitEnd(lost);
        assertEquals("completed", done.getString("status"));
        assertEquals(50, done.getInt("processed"));
        assertEquals(comparable(uninterrupted), comparable(lost));
        given().get("/api/v1/reevaluations/" + broken).then().body("status", equalTo("failed"))
                .body("failure_kind", equalTo("error"));
        given().post("/api/v1/reevaluations/" + broken + "/cancel").then().statusCode(200);
    }

    @Test
    void databaseLostIsToldFromTheDriversOwnExceptions() {
        // real drivers failing to reach a database (nothing listens on port 1), and a real SQL error
        java.sql.SQLException pg = org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class,
                () -> java.sql.DriverManager.getConnection("jdbc:postgresql://127.0.0.1:1/x?connectTimeout=2", "x", ""));
        assertTrue(ReevaluationRunner.databaseLost(new RuntimeException(pg)), pg.getSQLState() + " " + pg);
        java.sql.SQLException h2 = org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class,
                () -> java.sql.DriverManager.getConnection("jdbc:h2:tcp://127.0.0.1:1/x", "sa", ""));
        assertTrue(ReevaluationRunner.databaseLost(h2), h2.getSQLState() + " " + h2);
        java.sql.SQLException syntax = org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class, () -> {
            try (var c = java.sql.DriverManager.getConnection("jdbc:h2:mem:syntax", "sa", ""); var st = c.createStatement()) {
                st.execute("selec 1");
            }
        });
        assertFalse(ReevaluationRunner.databaseLost(syntax), syntax.getSQLState() + " " + syntax);
        assertFalse(ReevaluationRunner.databaseLost(new IllegalStateException("a rule failed")));
    }

    private void awaitHalt(long id) throws InterruptedException {
        for (int i = 0; i < 600 && runner.drives(id); i++) {
            Thread.sleep(50);
        }
        assertFalse(runner.drives(id), "job " + id + " did not halt");
    }
}
