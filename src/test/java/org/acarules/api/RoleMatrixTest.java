package org.acarules.api;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint group for each role, allowed and refused, with evaluations closed as in production
 * (aca.evaluation.open=false). Refusals come before any work is done, so bodies may be minimal.
 */
@QuarkusTest
@TestProfile(RoleMatrixTest.Closed.class)
class RoleMatrixTest {
    public static class Closed implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("aca.evaluation.open", "false");
        }
    }

    private static final String HOUSEHOLD = """
            {"year": 2026, "place": {"state": "TX"}, "household": {"income": 31500, "filing_status": "single",
             "people": [{"id": "pat", "age": 40, "relationship": "self", "immigration_status": "citizen"}]}}""";

    private static RequestSpecification as(String user) {
        RequestSpecification spec = given().contentType("application/json");
        return user == null ? spec : spec.auth().preemptive().basic(user, user);
    }

    @Test
    void evaluationsNeedAClientAnalystOrAdmin() {
        as(null).body(HOUSEHOLD).post("/api/v1/eligibility").then().statusCode(401);
        for (String user : new String[] {"client", "analyst", "admin"}) {
            as(user).body(HOUSEHOLD).post("/api/v1/eligibility").then().statusCode(200);
        }
        as(null).get("/api/v1/households/pcfpl?year=2026&state=TX&size=1&income=31500").then().statusCode(401);
        as("client").get("/api/v1/households/pcfpl?year=2026&state=TX&size=1&income=31500").then().statusCode(200);
        as(null).body("{}").post("/api/v1/premium-tax-credit").then().statusCode(401);
        as(null).body("{}").post("/api/v1/shared-responsibility-payment").then().statusCode(401);
        as(null).body("{}").post("/api/v1/employer-shared-responsibility").then().statusCode(401);
        as(null).body("{}").post("/api/v1/plans/compliance").then().statusCode(401);
        as(null).body("{}").post("/api/v1/premiums").then().statusCode(401);
        as(null).body("{}").post("/api/v1/enrollment").then().statusCode(401);
        as("client").body("{}").post("/api/v1/premiums").then().statusCode(400);
        as("wrong").body(HOUSEHOLD).post("/api/v1/eligibility").then().statusCode(401);
    }

    @Test
    void rulesetWorkNeedsAnAnalystAndGoingLiveAnAdministrator() {
        as(null).get("/api/v1/rulesets").then().statusCode(401);
        as("client").get("/api/v1/rulesets").then().statusCode(403);
        as("analyst").get("/api/v1/rulesets").then().statusCode(200);
        as("admin").get("/api/v1/rulesets").then().statusCode(200);
        as("client").get("/api/v1/rulesets/audit").then().statusCode(403);
        as("analyst").get("/api/v1/rulesets/audit").then().statusCode(200);
        as("client").body("{\"files\": {}}").post("/api/v1/rulesets").then().statusCode(403);
        as("analyst").body("{\"files\": {\"rules/x.drl\": \"\"}}").post("/api/v1/rulesets").then().statusCode(200);
        String active = as("analyst").get("/api/v1/rulesets").then().extract().path("find { it.active }.version");
        as("client").body("{}").post("/api/v1/rulesets/" + active + "/scenario-runs").then().statusCode(403);
        as("client").body("{\"households\": []}").post("/api/v1/rulesets/" + active + "/compare").then().statusCode(403);
        as("analyst").body("{}").post("/api/v1/rulesets/" + active + "/activate").then().statusCode(403);
        as("analyst").body("{}").post("/api/v1/rulesets/" + active + "/rollback").then().statusCode(403);
        as("analyst").post("/api/v1/rulesets/reload").then().statusCode(403);
        as("client").post("/api/v1/rulesets/reload").then().statusCode(403);
        as("admin").post("/api/v1/rulesets/reload").then().statusCode(200);
        as("admin").body("{}").post("/api/v1/rulesets/" + active + "/activate").then().statusCode(200);
    }

    @Test
    void onlyAnalystsMayEvaluateAgainstAnotherVersion() {
        String active = as("analyst").get("/api/v1/rulesets").then().extract().path("find { it.active }.version");
        as("client").header("X-Ruleset-Version", active).body(HOUSEHOLD).post("/api/v1/eligibility").then().statusCode(403);
        as("analyst").header("X-Ruleset-Version", active).body(HOUSEHOLD).post("/api/v1/eligibility").then().statusCode(200);
    }

    @Test
    void theCatalogueIsWrittenByAdministratorsAndReadByAll() {
        String csv = "BusinessYear,StateCode,CountyFIPS,RatingAreaId\n2026,TX,48201,Rating Area 1\n";
        as("analyst").contentType("text/csv").body(csv).post("/api/v1/rating-areas/import").then().statusCode(403);
        as("client").contentType("text/csv").body(csv).post("/api/v1/plans/import").then().statusCode(403);
        as("admin").contentType("text/csv").body(csv).post("/api/v1/rating-areas/import").then().statusCode(200);
        as(null).get("/api/v1/plans?year=2026&state=TX").then().statusCode(401);
        as("client").get("/api/v1/plans?year=2026&state=TX").then().statusCode(200);
    }

    @Test
    void applicantsAndBatchJobsAreForAnalystsToReadAndAdministratorsToRun() {
        as("client").get("/api/v1/applicants/1").then().statusCode(403);
        as("analyst").get("/api/v1/applicants/999999999").then().statusCode(404);
        as("analyst").body("{\"applicants\": []}").post("/api/v1/applicants").then().statusCode(403);
        as("analyst").body("{}").post("/api/v1/reevaluations").then().statusCode(403);
        as("client").get("/api/v1/reevaluations/1").then().statusCode(403);
        as("analyst").post("/api/v1/reevaluations/999999999/cancel").then().statusCode(403);
        as("client").body("{\"size\": 1, \"year\": 2026, \"seed\": 1}").post("/api/v1/populations/generate").then().statusCode(403);
        as(null).post("/api/v1/decisions/1/replay").then().statusCode(401);
    }

    @Test
    void healthAndOpenApiStayOpen() {
        given().get("/q/health").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }
}
