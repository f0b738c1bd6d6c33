package org.acarules.limits;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every size has a limit (issue 13): one over it is refused with 413 in the errors shape, naming the field, the
 * limit's value and its setting; one at it is accepted. The limits are set small here so the requests stay cheap.
 */
@QuarkusTest
@TestProfile(LimitsTest.SmallLimits.class)
@ExtendWith(org.acarules.AsAdministrator.class)
class LimitsTest {
    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("aca.limits.whatif-households", "2", "aca.limits.population-size", "10",
                    "aca.limits.import-households", "3", "aca.limits.scenario-cases", "2", "aca.limits.json-body-bytes", "65536");
        }
    }

    private static final String HOUSEHOLD = """
            {"year": 2026, "place": {"state": "TX"}, "household": {"income": 70000, "filing_status": "single",
             "people": [{"id": "pat", "age": 40, "relationship": "self", "immigration_status": "citizen"}]}}""";

    private static void refused(ValidatableResponse response, String field, String setting, int limit) {
        response.statusCode(413).body("errors[0].field", equalTo(field)).body("errors[0].code", equalTo("limit_exceeded"))
                .body("errors[0].message", containsString("at most " + limit + " "))
                .body("errors[0].message", containsString(setting));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static List<String> population(int size, long seed) {
        String lines = given().contentType("application/json").body(Map.of("size", size, "year", 2025, "seed", seed))
                .post("/api/v1/populations/generate").then().statusCode(200).extract().asString();
        return Arrays.asList(lines.split("\n"));
    }

    @Test
    void aGeneratedPopulationOverItsLimitIsRefused() {
        assertEquals(10, population(10, 1).size());
        refused(given().contentType("application/json").body(Map.of("size", 11, "year", 2025, "seed", 1))
                .post("/api/v1/populations/generate").then(), "size", "aca.limits.population-size", 10);
    }

    @Test
    void anImportOverItsLimitKeepsWhatItReadAndSaysWhereToGoOn() {
        List<String> lines = population(7, 20_261_203L);
        given().contentType("application/x-ndjson").body(bytes(String.join("\n", lines.subList(0, 3))))
                .post("/api/v1/applicants").then().statusCode(200).body("imported", equalTo(3));
        refused(given().contentType("application/x-ndjson").body(bytes(String.join("\n", lines.subList(3, 7))))
                .post("/api/v1/applicants").then().body("errors[0].message", containsString("from line 4 on")),
                "body", "aca.limits.import-households", 3);
        // the three lines before the limit are stored, the fourth was not read
        given().contentType("application/x-ndjson").body(bytes(lines.get(3))).post("/api/v1/applicants").then().statusCode(200)
                .body("imported", equalTo(0)).body("rejected[0].errors[0].message", containsString("already stored"));
        given().contentType("application/x-ndjson").body(bytes(lines.get(6))).post("/api/v1/applicants").then().statusCode(200)
                .body("imported", equalTo(1));
    }

    @Test
    void aWhatIfOverItsLimitIsRefused() {
        String active = given().get("/api/v1/rulesets").then().statusCode(200).extract().path("find { it.active }.version");
        given().contentType("application/json").body("{\"households\": [" + HOUSEHOLD + "," + HOUSEHOLD + "]}")
                .post("/api/v1/rulesets/" + active + "/compare").then().statusCode(200).body("households", equalTo(2));
        refused(given().contentType("application/json").body("{\"households\": [" + HOUSEHOLD + "," + HOUSEHOLD + "," + HOUSEHOLD + "]}")
                .post("/api/v1/rulesets/" + active + "/compare").then(), "households", "aca.limits.whatif-households", 2);
    }

    @Test
    void uploadedScenariosOverTheirLimitAreRefused() throws Exception {
        String active = given().get("/api/v1/rulesets").then().statusCode(200).extract().path("find { it.active }.version");
        String scenarios = Files.readString(Path.of("tests/eligibility/aptc_eligibility.yaml")); // more than two cases
        refused(given().contentType("application/json").body(Map.of("scenarios", Map.of("up.yaml", scenarios)))
                .post("/api/v1/rulesets/" + active + "/scenario-runs").then(), "scenarios", "aca.limits.scenario-cases", 2);
        refused(given().contentType("application/json").body(Map.of("scenarios", scenarios))
                .post("/api/v1/rulesets/" + active + "/compare").then(), "scenarios", "aca.limits.scenario-cases", 2);
    }

    @Test
    void aJsonBodyOverItsLimitIsRefusedBeforeItIsRead() {
        String active = given().get("/api/v1/rulesets").then().statusCode(200).extract().path("find { it.active }.version");
        String households = String.join(",", java.util.Collections.nCopies(400, HOUSEHOLD)); // about 78 KB
        refused(given().contentType("application/json").body("{\"households\": [" + households + "]}")
                .post("/api/v1/rulesets/" + active + "/compare").then(), "body", "aca.limits.json-body-bytes", 65536);
    }
}
