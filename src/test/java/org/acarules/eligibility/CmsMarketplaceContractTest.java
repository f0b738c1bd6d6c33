package org.acarules.eligibility;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A client written for the HealthCare.gov (CMS) Marketplace API works unchanged: the documentation's own example
 * bodies (src/test/resources/cms-marketplace-api, sources in its README) are posted as they are, with CMS's
 * {@code apikey} query parameter, and the answers have CMS's shape and names. Expected figures are worked out in each
 * test from the poverty guidelines, the rating curve and the plan rates, never read from this service's answers.
 */
@QuarkusTest
@org.junit.jupiter.api.extension.ExtendWith(org.acarules.AsAdministrator.class)
class CmsMarketplaceContractTest {
    private static final String CMS_TEST_KEY = "?apikey=d687412e7b53146b2631dc01974ad0a4"; // the spec's published test key

    private static String example(String file) {
        try {
            return Files.readString(Path.of("src/test/resources/cms-marketplace-api", file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ValidatableResponse post(String path, String body) {
        return given().contentType("application/json").body(body).post("/api/v1/households/" + path + CMS_TEST_KEY).then();
    }

    @Test
    void theDocumentedEstimatesExampleIsAnsweredInCmsShape() {
        // 2019, one woman born 1992-01-01 (27 on January 1, 2019), $52,000 in NC. The 2019 credit uses the 2018
        // guideline, $12,140 for one: 52000 / 12140 = 428.33% of the poverty line, above the 400% ceiling of 2019:
        // no credit, no CSR, and far above Medicaid.
        post("eligibility/estimates", example("eligibility-estimates.json")).statusCode(200)
                .body("estimates", hasSize(1))
                .body("estimates[0].aptc", equalTo(0))
                .body("estimates[0]", not(hasKey("csr")))
                .body("estimates[0].hardship_exemption", equalTo(false))
                .body("estimates[0].is_medicaid_chip", equalTo(false))
                .body("estimates[0].in_coverage_gap", equalTo(false));
    }

    @Test
    void theDocumentedFullHouseholdIsAcceptedAndItsAptcOverrideAnswered() {
        // Every documented field at once. The married couple (27 and 25, "Self" and "Spouse") has $52,000 in 2019:
        // 52000 / 16460 (the 2018 guideline for two) = 315.92%, within the credit's 100-400% and above 250%, so no CSR.
        // CMS: aptc_override "specif[ies] the Advanced Premium Tax Credit ... if the exact value is already known".
        post("eligibility/estimates", example("household-all-features.json")).statusCode(200)
                .body("estimates", hasSize(2))
                .body("estimates[0].aptc", equalTo(288.61f))
                .body("estimates[1].aptc", equalTo(288.61f))
                .body("estimates[0]", not(hasKey("csr")))
                .body("estimates[1].is_medicaid_chip", equalTo(false));
    }

    @Test
    void aptcEligibleFalseAndHasMecTakeThePersonOutOfTheCredit() {
        String both = example("household-all-features.json");
        post("eligibility/estimates", both.replaceFirst("\"aptc_eligible\": true,\n        \"does_not_cohabitate\": false,\n        \"gender\": \"Male\"",
                "\"aptc_eligible\": false,\n        \"does_not_cohabitate\": false,\n        \"gender\": \"Male\""))
                .statusCode(200)
                .body("estimates[0].aptc", equalTo(288.61f))
                .body("estimates[1].aptc", equalTo(0));
        post("eligibility/estimates", both.replaceFirst("\"has_mec\": false,\n        \"is_parent\": false,\n        \"is_pregnant\": false,\n        \"relationship\": \"Spouse\"",
                "\"has_mec\": true,\n        \"is_parent\": false,\n        \"is_pregnant\": false,\n        \"relationship\": \"Spouse\""))
                .statusCode(200)
                .body("estimates[0].aptc", equalTo(288.61f))
                .body("estimates[1].aptc", equalTo(0));
    }

    @Test
    void theCreditIsComputedFromTheCatalogueBenchmarkAndAptcEligibleFalseShrinksIt() throws IOException {
        importDemonstrationCatalogue();
        // TX 2026, Harris County (48201, Rating Area 1 in the demonstration catalogue), one person of 40 with $31,500.
        // Silver age-21 rates 438.40, 452.10 and 471.90 (EHB share 0.99); age 40's factor is 1.278 (federal curve):
        // 560.28, 577.78 and 603.09 x 0.99 = 597.06, so the benchmark is 577.78. The 2026 credit uses the 2025
        // guideline, $15,650: 201.27%, applicable percentage 6.64%, 31500 x 0.0664 / 12 = 174.30 a month.
        // APTC = 577.78 - 174.30 = 403.48; above 200% and up to 250% of the poverty line, the 73% silver variant.
        String single = """
                {"household": {"income": 31500, "people": [{"age": 40, "gender": "Male", "uses_tobacco": false}]},
                 "market": "Individual", "place": {"countyfips": "48201", "state": "TX", "zipcode": "77002"}, "year": 2026}""";
        post("eligibility/estimates", single).statusCode(200)
                .body("estimates[0].aptc", equalTo(403.48f))
                .body("estimates[0].csr", equalTo("73% AV Level Silver Plan CSR"));

        // A couple (40 and 38) with the same income: the spouse's rate at plan B is 452.10 x 1.246 = 563.32, so the
        // benchmark for both is 577.78 + 563.32 = 1141.10 (plan A: 560.28 + 546.25 = 1106.53; plan C: (603.09 +
        // 587.99) x 0.99 = 1179.17). With the spouse aptc_eligible false, she is out of the coverage family: the
        // benchmark is the one-person 577.78, 563.32 less, and her own estimate has no credit.
        String couple = """
                {"household": {"income": 31500, "has_married_couple": true, "people": [
                   {"age": 40, "relationship": "Self"}, {"age": 38, "relationship": "Spouse", "aptc_eligible": %s}]},
                 "market": "Individual", "place": {"countyfips": "48201", "state": "TX", "zipcode": "77002"}, "year": 2026}""";
        float both = post("eligibility/estimates", couple.formatted("true")).statusCode(200)
                .body("estimates[1].aptc", not(nullValue())).extract().path("estimates[0].aptc");
        float withoutSpouse = post("eligibility/estimates", couple.formatted("false")).statusCode(200)
                .body("estimates[1].aptc", equalTo(0)).extract().path("estimates[0].aptc");
        assertEquals(new BigDecimal("563.32"), new BigDecimal(Float.toString(both)).subtract(new BigDecimal(Float.toString(withoutSpouse))));
    }

    @Test
    void isParentAndPregnantWithChangeTheMedicaidAnswer() {
        // TX 2026, one person of 35 with $2,000: 2000 / 15960 = 12.53% of the 2026 guideline, within TX's parent limit
        // of 15.1% but TX has no adult group: a parent gets Medicaid, anyone else is in the coverage gap.
        String adult = """
                {"household": {"income": 2000, "people": [{"age": 35, "is_parent": %s}]},
                 "place": {"countyfips": "48201", "state": "TX", "zipcode": "77002"}, "year": 2026}""";
        post("eligibility/estimates", adult.formatted("false")).statusCode(200)
                .body("estimates[0].is_medicaid_chip", equalTo(false)).body("estimates[0].in_coverage_gap", equalTo(true));
        post("eligibility/estimates", adult.formatted("true")).statusCode(200)
                .body("estimates[0].is_medicaid_chip", equalTo(true)).body("estimates[0].in_coverage_gap", equalTo(false));
        // A pregnant woman with $50,000: her Medicaid household is herself and the children expected (42 CFR
        // 435.603(b)). One child: 50000 / 21640 = 231%, over TX's 207%; twins: 50000 / 27320 = 183%, within it.
        String pregnant = """
                {"household": {"income": 50000, "people": [{"age": 30, "gender": "Female", "pregnant_with": %d}]},
                 "place": {"countyfips": "48201", "state": "TX", "zipcode": "77002"}, "year": 2026}""";
        post("eligibility/estimates", pregnant.formatted(1)).statusCode(200).body("estimates[0].is_medicaid_chip", equalTo(false));
        post("eligibility/estimates", pregnant.formatted(2)).statusCode(200).body("estimates[0].is_medicaid_chip", equalTo(true));
    }

    @Test
    void theDocumentedSlcspAndLcbpExamplesAnswerCmsPlanObjects() {
        importNorthCarolina2020();
        // 2020, born 1992-01-01: 28 on January 1, 2020, factor 1.087. Silver age-21 rates 400.00, 420.00, 450.00
        // (EHB share 1): the second lowest is 420.00 x 1.087 = 456.54. Bronze 300.00 and 320.00: 300.00 x 1.087 = 326.10.
        post("slcsp", example("slcsp.json")).statusCode(200)
                .body("id", equalTo("88801NC0570002"))
                .body("premium", equalTo(456.54f))
                .body("metal_level", equalTo("Silver"))
                .body("$", hasKey("name"));
        post("lcbp", example("lcbp.json")).statusCode(200)
                .body("id", equalTo("88801NC0570001"))
                .body("premium", equalTo(326.10f))
                .body("metal_level", equalTo("Bronze"));
    }

    @Test
    void theDocumentedLcspAndIchraExamplesAreAnswered() {
        importNorthCarolina2020();
        // Lowest-cost silver at its full premium: 400.00 x 1.087 = 434.80.
        post("lcsp", example("lcsp.json")).statusCode(200)
                .body("id", equalTo("88800NC0570002"))
                .body("premium", equalTo(434.80f))
                .body("metal_level", equalTo("Silver"));
        // ICHRA (26 CFR 1.36B-2(c)(5)): the employee's required HRA contribution is the lowest-cost silver premium
        // less the monthly HRA, 434.80 - 500 -> 0, within any share of income: affordable.
        post("ichra", example("ichra.json")).statusCode(200)
                .body("affordable", equalTo(true))
                .body("premium", equalTo(434.80f));
        // The 2020 required contribution percentage is 9.78% (Rev. Proc. 2019-29): 52000 x 0.0978 = 5085.60 a year,
        // 423.80 a month. An HRA of 11.00 leaves 423.80: affordable; 10.99 leaves 423.81: not.
        post("ichra", example("ichra.json").replace("\"hra\": 500", "\"hra\": 11.00")).statusCode(200)
                .body("affordable", equalTo(true));
        post("ichra", example("ichra.json").replace("\"hra\": 500", "\"hra\": 10.99")).statusCode(200)
                .body("affordable", equalTo(false))
                .body("premium", equalTo(434.80f));
        // hra belongs to the ichra body only
        post("slcsp", example("ichra.json")).statusCode(400).body("errors[0].field", equalTo("hra"));
    }

    @Test
    void pcfplAnswersPcFpl() {
        // The spec's x-example parameters (VA, 5 people, $40,000) in 2019: the 2018 guideline for five is
        // 12140 + 4 x 4320 = 29420; 40000 / 29420 = 135.96%.
        given().get("/api/v1/households/pcfpl" + CMS_TEST_KEY + "&year=2019&state=VA&size=5&income=40000").then()
                .statusCode(200).body("pc_fpl", equalTo(135.96f)).body("$", not(hasKey("percent")));
    }

    @Test
    void theYearMayComeFromTheQueryAsCmsAllows() {
        String withoutYear = example("eligibility-estimates.json").replace(",\n    \"year\": 2019", "");
        given().contentType("application/json").body(withoutYear)
                .post("/api/v1/households/eligibility/estimates" + CMS_TEST_KEY + "&year=2019").then().statusCode(200)
                .body("estimates[0].aptc", equalTo(0));
    }

    @Test
    void badCmsValuesAreRefusedNamingTheField() {
        String body = example("household-all-features.json");
        post("eligibility/estimates", body.replace("\"Spouse\"", "\"Husband\"")).statusCode(400)
                .body("errors[0].field", equalTo("household.people[1].relationship"));
        post("eligibility/estimates", body.replace("\"gender\": \"Male\"", "\"gender\": \"M\"")).statusCode(400)
                .body("errors[0].field", equalTo("household.people[1].gender"));
        post("eligibility/estimates", body.replace("\"aptc_override\"", "\"aptc_overide\"")).statusCode(400)
                .body("errors[0].field", equalTo("aptc_overide"));
        post("eligibility/estimates", body.replace("\"age\": 25,", "").replace("\"dob\": \"1994-03-03\",", ""))
                .statusCode(400).body("errors[0].field", equalTo("household.people[1].age"));
    }

    @Test
    void theProjectsOwnEndpointStillRefusesCmsFields() {
        given().contentType("application/json").body("""
                {"year": 2026, "place": {"state": "TX"},
                 "household": {"income": 31500, "filing_status": "single",
                   "people": [{"id": "pat", "age": 40, "dob": "1986-01-01", "relationship": "self", "immigration_status": "citizen"}]}}""")
                .post("/api/v1/eligibility").then().statusCode(400)
                .body("errors[0].field", equalTo("household.people[0].dob"));
    }

    private static void importDemonstrationCatalogue() throws IOException {
        given().contentType("text/csv").body(Files.readString(Path.of("tests/plans/catalogue/demo-rating-areas.csv")))
                .post("/api/v1/rating-areas/import").then().statusCode(200);
        given().contentType("text/csv").body(Files.readString(Path.of("tests/plans/catalogue/demo-plans.csv")))
                .post("/api/v1/plans/import").then().statusCode(200);
    }

    /** Invented plans for Davidson County, NC (37057) in 2020, where the documentation's examples live. */
    private static void importNorthCarolina2020() {
        given().contentType("text/csv").body("""
                BusinessYear,StateCode,CountyFIPS,RatingAreaId
                2020,NC,37057,Rating Area 11
                """).post("/api/v1/rating-areas/import").then().statusCode(200);
        given().contentType("text/csv").body("""
                BusinessYear,PlanId,IssuerName,StateCode,RatingAreaId,MetalLevel,IndividualRate,EHBPercentTotalPremium,CoversPediatricDental,Illustrative
                2020,88801NC0570001,Contract Test Issuer,NC,Rating Area 11,Bronze,300.00,1.0,true,true
                2020,88802NC0570001,Contract Test Issuer,NC,Rating Area 11,Bronze,320.00,1.0,true,true
                2020,88800NC0570002,Contract Test Issuer,NC,Rating Area 11,Silver,400.00,1.0,true,true
                2020,88801NC0570002,Contract Test Issuer,NC,Rating Area 11,Silver,420.00,1.0,true,true
                2020,88802NC0570002,Contract Test Issuer,NC,Rating Area 11,Silver,450.00,1.0,true,true
                """).post("/api/v1/plans/import").then().statusCode(200);
    }
}
