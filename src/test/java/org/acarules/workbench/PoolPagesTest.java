package org.acarules.workbench;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.acarules.RaisedCeiling;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The pools pages over HTTP without a browser (WorkbenchPoolsBrowserIT drives them in one): the forms start jobs and
 * lead to the job's page, which shows the API's numbers once the job is done; a refused form names the field; a
 * client is refused. Six Kansas households (a state no other test stores).
 */
@QuarkusTest
class PoolPagesTest {
    private static volatile boolean stored;

    private static String session(String user) {
        return given().redirects().follow(false).contentType("application/x-www-form-urlencoded").formParam("j_username", user)
                .formParam("j_password", user).post("/j_security_check").getCookie("quarkus-credential");
    }

    @BeforeEach
    void store() {
        if (stored) {
            return;
        }
        stored = true;
        String run = UUID.randomUUID().toString().substring(0, 8);
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            lines.append("{\"external_id\": \"").append(run).append("-ks-").append(i).append("\", \"request\": {\"year\": 2026,"
                    + " \"place\": {\"state\": \"KS\"}, \"household\": {\"income\": ").append(12_000 + i * 14_000)
                    .append(", \"filing_status\": \"single\", \"people\": [{\"id\": \"p\", \"age\": ").append(22 + i * 8)
                    .append(", \"relationship\": \"self\", \"immigration_status\": \"citizen\"}]}, \"benchmark_premium\":"
                    + " {\"monthly\": 500}}}\n");
        }
        given().auth().preemptive().basic("admin", "admin").contentType("application/x-ndjson")
                .body(lines.toString().getBytes(StandardCharsets.UTF_8)).post("/api/v1/applicants").then().statusCode(200)
                .body("imported", equalTo(6));
    }

    /** The job's page once the job no longer runs. */
    private static String finished(String analyst, String location) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            String page = given().cookie("quarkus-credential", analyst).get(location).then().statusCode(200).extract().asString();
            if (!page.contains("data-running=\"true\"")) {
                return page;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(location + " still runs");
    }

    private static String started(String analyst, String path, Map<String, ?> form) {
        Response r = given().redirects().follow(false).cookie("quarkus-credential", analyst)
                .contentType("application/x-www-form-urlencoded").formParams(form).post(path);
        r.then().statusCode(303).header("Location", containsString("/workbench/pools/jobs/"));
        return r.header("Location").replaceFirst("^https?://[^/]+", "");
    }

    @Test
    void statisticsFromTheFormShowTheApisNumbers() throws Exception {
        String analyst = session("analyst");
        given().cookie("quarkus-credential", analyst).get("/workbench/pools").then().statusCode(200)
                .body(containsString("Start the statistics")).body(containsString("Start the projection"));
        String page = finished(analyst, started(analyst, "/workbench/pools/statistics", Map.of("year", "2026", "state", "KS")));
        assertTrue(page.contains("id=\"job-status\">completed<"), page);
        JsonPath api = given().auth().preemptive().basic("analyst", "analyst").get("/api/v1/pools/statistics?state=KS&year=2026")
                .then().statusCode(200).extract().jsonPath();
        assertTrue(page.contains("id=\"stat-persons\">" + api.getInt("persons") + "<"), "persons");
        for (Map<String, Object> count : api.<Map<String, Object>>getList("by_outcome")) {
            assertTrue(page.contains("<th scope=\"row\">" + count.get("key") + "</th><td>" + count.get("persons") + "</td>"),
                    "outcome " + count);
        }
        assertTrue(page.contains("id=\"by-age-band-chart\""), "the age band chart");
    }

    @Test
    void statisticsOfAChosenDraftVersion() throws Exception {
        String analyst = session("analyst");
        String draft = given().auth().preemptive().basic("analyst", "analyst").contentType("application/json")
                .body(Map.of("base", "active", "files", RaisedCeiling.files("4.99"))).post("/api/v1/rulesets").then()
                .statusCode(200).body("compiles", equalTo(true)).extract().path("version");
        given().cookie("quarkus-credential", analyst).get("/workbench/pools").then().statusCode(200)
                .body(containsString("<option value=\"" + draft + "\""));
        String location = started(analyst, "/workbench/pools/statistics", Map.of("version", draft, "year", "2026", "state", "KS"));
        String page = finished(analyst, location);
        assertTrue(page.contains("id=\"job-status\">completed<"), page);
        String id = location.substring(location.lastIndexOf('/') + 1);
        given().auth().preemptive().basic("analyst", "analyst").get("/api/v1/pools/statistics-jobs/" + id).then()
                .statusCode(200).body("ruleset_version", equalTo(draft));
        JsonPath api = given().auth().preemptive().basic("analyst", "analyst")
                .get("/api/v1/pools/statistics?state=KS&year=2026&ruleset_version=" + draft).then().statusCode(200).extract().jsonPath();
        for (Map<String, Object> count : api.<Map<String, Object>>getList("by_outcome")) {
            assertTrue(page.contains("<th scope=\"row\">" + count.get("key") + "</th><td>" + count.get("persons") + "</td>"),
                    "outcome " + count);
        }
    }

    @Test
    void aProjectionOfTheChosenScenarios() throws Exception {
        String analyst = session("analyst");
        String location = given().redirects().follow(false).cookie("quarkus-credential", analyst)
                .contentType("application/x-www-form-urlencoded").formParam("year", "2026").formParam("state", "KS")
                .formParam("years", "3").formParam("seed", "5").formParam("scenario", "0", "2").post("/workbench/pools/projections")
                .then().statusCode(303).extract().header("Location").replaceFirst("^https?://[^/]+", "");
        String page = finished(analyst, location);
        assertTrue(page.contains("id=\"premium-table\""), page);
        assertTrue(page.contains("<th scope=\"col\">mandate, original credits</th>"));
        assertTrue(page.contains("<th scope=\"col\">no mandate, enhanced credits</th>"));
        assertFalse(page.contains("<th scope=\"col\">no mandate, no credits</th>"), "a scenario not chosen");
    }

    @Test
    void aRefusedFormNamesTheFieldAndKeepsTheValues() {
        String analyst = session("analyst");
        given().cookie("quarkus-credential", analyst).contentType("application/x-www-form-urlencoded").formParam("year", "2026")
                .formParam("state", "KS").formParam("years", "21").formParam("seed", "x").formParam("scenario", "1")
                .post("/workbench/pools/projections").then().statusCode(400)
                .body(containsString("<strong>seed</strong>: must be a whole number"))
                .body(containsString("value=\"21\""));
        given().cookie("quarkus-credential", analyst).contentType("application/x-www-form-urlencoded").formParam("year", "2026")
                .formParam("state", "KS").formParam("years", "21").formParam("scenario", "1")
                .post("/workbench/pools/projections").then().statusCode(400).body(containsString("<strong>years</strong>"));
        given().cookie("quarkus-credential", analyst).contentType("application/x-www-form-urlencoded").formParam("year", "2026")
                .formParam("years", "3").post("/workbench/pools/projections").then().statusCode(400)
                .body(containsString("<strong>scenarios</strong>: choose at least one scenario"));
        given().cookie("quarkus-credential", analyst).get("/workbench/pools/jobs/999999").then().statusCode(404);
    }

    @Test
    void aClientIsRefused() {
        String client = session("client");
        given().cookie("quarkus-credential", client).get("/workbench/pools").then().statusCode(403);
        given().cookie("quarkus-credential", client).contentType("application/x-www-form-urlencoded").formParam("year", "2026")
                .post("/workbench/pools/statistics").then().statusCode(403);
    }
}
