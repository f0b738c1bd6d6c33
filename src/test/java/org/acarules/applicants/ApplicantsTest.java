package org.acarules.applicants;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Applicants through REST on the real database: create, read, replace, delete, JSON Lines import, decisions, replay. */
@QuarkusTest
@org.junit.jupiter.api.extension.ExtendWith(org.acarules.AsAdministrator.class)
class ApplicantsTest {
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    static String household(int year, String state, int income) {
        return """
                {"year": %d, "place": {"state": "%s"}, "household": {"income": %d, "filing_status": "single",
                 "people": [{"id": "pat", "age": 40, "relationship": "self", "immigration_status": "citizen"}]},
                 "benchmark_premium": {"monthly": 625.00}}""".formatted(year, state, income).replace("\n", " ");
    }

    private long create(String externalId, String request) {
        return given().contentType("application/json")
                .body("{\"applicants\": [{\"external_id\": \"" + externalId + "\", \"request\": " + request + "}]}")
                .post("/api/v1/applicants").then().statusCode(201).extract().jsonPath().getLong("applicants[0].id");
    }

    @Test
    void createReadReplaceDelete() {
        long id = create(run + "-a", household(2026, "TX", 31500));
        String hash = given().get("/api/v1/applicants/" + id).then().statusCode(200)
                .body("external_id", equalTo(run + "-a")).body("state", equalTo("TX")).body("year", equalTo(2026))
                .body("request.household.filing_status", equalTo("single")).extract().path("input_hash");
        given().contentType("application/json").body("{\"external_id\": \"" + run + "-a\", \"request\": "
                + household(2026, "OH", 40000) + "}").put("/api/v1/applicants/" + id).then().statusCode(200)
                .body("state", equalTo("OH")).body("input_hash", not(equalTo(hash)));
        given().delete("/api/v1/applicants/" + id).then().statusCode(204);
        given().get("/api/v1/applicants/" + id).then().statusCode(404);
    }

    @Test
    void theSameRequestHashesTheSame() {
        long a = create(run + "-h1", household(2025, "OH", 30000));
        // the same household with fields in another order and spacing
        long b = create(run + "-h2", """
                {"household": {"people": [{"immigration_status": "citizen", "relationship": "self", "age": 40, "id": "pat"}],
                 "filing_status": "single", "income": 30000}, "benchmark_premium": {"monthly": 625.00},
                 "place": {"state": "OH"}, "year": 2025}""");
        String hashA = given().get("/api/v1/applicants/" + a).then().extract().path("input_hash");
        given().get("/api/v1/applicants/" + b).then().body("input_hash", equalTo(hashA));
    }

    @Test
    void aBadApplicantIsRefusedWithItsField() {
        given().contentType("application/json").body("{\"applicants\": [{\"external_id\": \"" + run + "-bad\", \"request\": "
                + household(2040, "TX", 31500) + "}]}").post("/api/v1/applicants").then().statusCode(400)
                .body("errors.field", hasItem("applicants[0].request.year"));
        long id = create(run + "-dup", household(2026, "TX", 31500));
        given().contentType("application/json").body("{\"applicants\": [{\"external_id\": \"" + run + "-dup\", \"request\": "
                + household(2026, "TX", 31500) + "}]}").post("/api/v1/applicants").then().statusCode(400)
                .body("errors[0].message", containsString("already stored as applicant " + id));
    }

    @Test
    void importKeepsGoodLinesAndReportsBadOnesByNumber() {
        String good = household(2026, "TX", 31500);
        String lines = String.join("\n",
                "{\"external_id\": \"" + run + "-1\", \"request\": " + good + "}",
                "{\"external_id\": \"" + run + "-2\", \"request\": " + good.replace("\"age\": 40", "\"age\": -3") + "}",
                "not json",
                "",
                "{\"external_id\": \"" + run + "-3\", \"request\": " + good.replace("\"TX\"", "\"ZZ\"") + "}",
                "{\"external_id\": \"" + run + "-4\", \"request\": " + good + ", \"colour\": 1}",
                "{\"external_id\": \"" + run + "-5\", \"request\": " + good + "}",
                "{\"external_id\": \"" + run + "-1\", \"request\": " + good + "}") + "\n";
        given().contentType("application/x-ndjson").body(lines.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/api/v1/applicants").then().statusCode(200)
                .body("imported", equalTo(2)).body("rejected_count", equalTo(5))
                .body("rejected.line", equalTo(java.util.List.of(2, 3, 5, 6, 8)))
                .body("rejected[0].errors[0].field", equalTo("request.household.people[0].age"))
                .body("rejected[1].errors[0].message", containsString("malformed JSON"))
                .body("rejected[2].errors[0].field", equalTo("request.place.state"))
                .body("rejected[3].errors[0].message", containsString("colour"))
                .body("rejected[4].errors[0].message", equalTo("repeats line 1"));
    }

    @Test
    void evaluateStoresADecisionThatReplaysIdentically() {
        long id = create(run + "-d", household(2026, "TX", 31500));
        long decision = given().post("/api/v1/applicants/" + id + "/evaluate").then().statusCode(200)
                .body("applicant_id", equalTo((int) id)).body("answer.people[0].outcome", equalTo("aptc"))
                .body("fired_rules", hasItem("APTC-001")).body("ruleset_version", not(equalTo(null)))
                .body("answer.trace", equalTo(null)).extract().jsonPath().getLong("id");
        given().get("/api/v1/applicants/" + id + "/decisions").then().statusCode(200).body("$", hasSize(1))
                .body("[0].id", equalTo((int) decision));
        given().post("/api/v1/decisions/" + decision + "/replay").then().statusCode(200)
                .body("identical", equalTo(true)).body("differences", hasSize(0));
        // the decision keeps its input: editing the applicant does not change what the replay runs
        given().contentType("application/json").body("{\"external_id\": \"" + run + "-d\", \"request\": "
                + household(2026, "TX", 90000) + "}").put("/api/v1/applicants/" + id).then().statusCode(200);
        given().post("/api/v1/decisions/" + decision + "/replay").then().statusCode(200).body("identical", equalTo(true));
        given().post("/api/v1/decisions/999999999/replay").then().statusCode(404);
    }
}
