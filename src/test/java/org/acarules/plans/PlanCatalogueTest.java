package org.acarules.plans;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The plan catalogue through REST, on the real database: CSV imports keep good rows and report bad ones. */
@QuarkusTest
@org.junit.jupiter.api.extension.ExtendWith(org.acarules.AsAdministrator.class)
class PlanCatalogueTest {

    @Test
    void importsTheDemonstrationCatalogueAndListsSilverPlansCheapestFirst() throws Exception {
        given().contentType("text/csv").body(Files.readString(Path.of("tests/plans/catalogue/demo-rating-areas.csv")))
                .post("/api/v1/rating-areas/import").then().statusCode(200).body("imported", equalTo(6));
        given().contentType("text/csv").body(Files.readString(Path.of("tests/plans/catalogue/demo-plans.csv")))
                .post("/api/v1/plans/import").then().statusCode(200).body("imported", equalTo(16))
                .body("rejected", hasSize(0));
        given().get("/api/v1/plans?year=2026&state=TX&rating_area=Rating Area 1&metal_level=silver").then()
                .statusCode(200)
                .body("plan_id", contains("99901TX0010002", "99902TX0010002", "99903TX0010002"))
                .body("[0].illustrative", equalTo(true));
    }

    @Test
    void badRowsAreReportedByLineAndGoodRowsKept() {
        String csv = """
                BusinessYear,PlanId,IssuerName,StateCode,RatingAreaId,MetalLevel,IndividualRate,EHBPercentTotalPremium
                2026,T1,Issuer,TX,Rating Area 9,Silver,400,1
                2026,T2,Issuer,TX,Rating Area 9,Tin,400,1
                2013,T3,Issuer,TX,Rating Area 9,Silver,400,1
                2026,T4,Issuer,ZZ,Rating Area 9,Silver,-5,1.5
                """;
        given().contentType("text/csv").body(csv).post("/api/v1/plans/import").then().statusCode(200)
                .body("imported", equalTo(1))
                .body("rejected.line", contains(3, 4, 5))
                .body("rejected[0].errors[0]", containsString("metal_level"))
                .body("rejected[1].errors[0]", containsString("2014-2027"))
                .body("rejected[2].errors", hasSize(3));
    }

    @Test
    void postedPlansAreValidatedFieldByField() {
        given().contentType("application/json").body("""
                {"plans": [{"plan_year": 2026, "plan_id": "J1", "issuer": "I", "state": "TX", "rating_area": "Rating Area 9",
                            "metal_level": "silver", "age21_premium": 410.5, "ehb_share": 1.2}]}""")
                .post("/api/v1/plans").then().statusCode(400)
                .body("errors[0].field", equalTo("plans[0].ehb_share"));
        given().contentType("application/json").body("""
                {"plans": [{"plan_year": 2026, "plan_id": "J1", "issuer": "I", "state": "TX", "rating_area": "Rating Area 9",
                            "metal_level": "silver", "age21_premium": 410.5, "ehb_share": 1}]}""")
                .post("/api/v1/plans").then().statusCode(200).body("stored", equalTo(1));
    }

    @Test
    void anEmptyFileIsABadRequest() {
        given().contentType("text/csv").body("").post("/api/v1/plans/import").then().statusCode(400);
    }
}
