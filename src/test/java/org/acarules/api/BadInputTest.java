package org.acarules.api;

import org.acarules.requests.JsonInputLimits;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Input the YAML scenarios cannot express (broken JSON, wrong types): always a 400 naming the field. */
@QuarkusTest
class BadInputTest {
    private static final String PERSON = "{\"id\": \"pat\", \"age\": 40, \"relationship\": \"self\", \"immigration_status\": \"citizen\"}";

    private static io.restassured.response.ValidatableResponse post(String body) {
        return given().contentType("application/json").body(body).post("/api/v1/eligibility").then();
    }

    /** What an answer must never name: Java, the JSON library, the engine. */
    static final java.util.regex.Pattern INTERNALS = java.util.regex.Pattern.compile(
            "java\\.|javax\\.|jakarta\\.|org\\.(acarules|drools|kie|mvel|hibernate|jboss)|com\\.fasterxml|Exception"
                    + "|StreamReadConstraints|JsonReadFeature|at [a-z]+\\.");
    private static final String ELIGIBILITY = "{\"year\": 2026, \"place\": {\"state\": \"TX\"}, \"household\": {\"income\": INCOME,"
            + " \"filing_status\": \"single\", \"people\": [" + PERSON + "]}, \"benchmark_premium\": {\"monthly\": 625.00}}";
    private static final String PREMIUMS = "{\"year\": 2026, \"place\": {\"state\": \"TX\"}, \"plan\": {\"base_rate_monthly\": RATE,"
            + " \"tobacco_factor\": 1.5}, \"household\": {\"people\": [{\"id\": \"pat\", \"age\": 40, \"relationship\": \"self\"}]}}";
    private static final String PTC = "{\"year\": 2024, \"place\": {\"state\": \"OH\"}, \"filing_status\": \"single\", \"household_income\": 45000,"
            + " \"tax_family\": [{\"id\": \"a\", \"age\": 40, \"relationship\": \"self\"}],"
            + " \"annual\": {\"enrollment_premium\": 6240.00, \"benchmark_premium\": 6000.00, \"aptc\": 5500.00},"
            + " \"parameter_overrides\": {\"gov.irs.credits.premium_tax_credit.fpl_percent_top_code\": TOP}}";
    /** The numbers: 1e999999999, 1e309, 1E+2147483647, 2^63 and 10^40 written out. */
    private static final java.util.List<String> HUGE = java.util.List.of("1e999999999", "1e309", "1E+2147483647",
            "9223372036854775808", "1" + "0".repeat(40), "-1e999999999", "1e-999999999");

    private static io.restassured.response.ValidatableResponse send(String path, String body) {
        return given().auth().preemptive().basic("admin", "admin").contentType("application/json").body(body)
                .post(path).then();
    }

    private static void assertPlain(io.restassured.response.ValidatableResponse answer) {
        String body = answer.extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(INTERNALS.matcher(body).find(), "names internals: " + body);
    }

    @Test
    void aRuleThatThrowsAnswers500WithAnErrorIdOnly() {
        String failing = """
                package eligibility;
                import org.acarules.facts.*;
                rule "FAIL-001 A rule that throws"
                    @citation("none")
                when
                    $h : Household()
                then
                    throw new IllegalStateException("household of pat");
                end
                """;
        String draft = given().auth().preemptive().basic("admin", "admin").contentType("application/json")
                .body(java.util.Map.of("base", "active", "files", java.util.Map.of("rules/eligibility/fail.drl", failing)))
                .post("/api/v1/rulesets").then().statusCode(200).body("compiles", org.hamcrest.Matchers.equalTo(true))
                .extract().path("version");
        var answer = given().auth().preemptive().basic("admin", "admin").contentType("application/json")
                .header("X-Ruleset-Version", draft).body(ELIGIBILITY.replace("INCOME", "31500")).post("/api/v1/eligibility")
                .then().statusCode(500).body("error_id", org.hamcrest.Matchers.notNullValue())
                .body("errors[0].message", org.hamcrest.Matchers.startsWith("internal error; quote error id "));
        assertPlain(answer);
        String body = answer.extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(body.contains("FAIL-001") || body.contains("pat"), body);
    }

    /** PostgreSQL cannot store or even compare a text holding NUL: found by ApiFuzzTest as a 500 on the PostgreSQL run. */
    @Test
    void theNulCharacterIsRefusedInPathsAndTexts() {
        // sent as written: %00 is the NUL byte, not the text "%00" (REST Assured would encode the % otherwise)
        assertPlain(given().urlEncodingEnabled(false).auth().preemptive().basic("admin", "admin").contentType("application/json")
                .body("{}").post("/api/v1/rulesets/%00/activate").then().statusCode(400).body("errors[0].field", equalTo("path")));
        assertPlain(given().urlEncodingEnabled(false).auth().preemptive().basic("admin", "admin").get("/api/v1/rulesets/a%00b/rules").then()
                .statusCode(400));
        String applicant = "{\"applicants\": [{\"external_id\": \"a\\u0000b\", \"request\": "
                + ELIGIBILITY.replace("INCOME", "31500") + "}]}";
        assertPlain(given().auth().preemptive().basic("admin", "admin").contentType("application/json").body(applicant)
                .post("/api/v1/applicants").then().statusCode(400)
                .body("errors[0].field", equalTo("applicants[0].external_id"))
                .body("errors[0].message", containsString("NUL")));
    }

    @Test
    void malformedJson() {
        var answer = post("{\"year\": 2026,").statusCode(400).body("errors[0].message", containsString("ends too early"));
        assertPlain(answer);
    }

    @Test
    void numbersOutOfRangeNameTheirFieldInEveryKindOfField() {
        for (String number : HUGE) {
            assertPlain(post(ELIGIBILITY.replace("INCOME", number)).statusCode(400)
                    .body("errors[0].field", org.hamcrest.Matchers.equalTo("household.income")));
            assertPlain(send("/api/v1/premiums", PREMIUMS.replace("RATE", number)).statusCode(400)
                    .body("errors[0].field", org.hamcrest.Matchers.equalTo("plan.base_rate_monthly")));
            assertPlain(send("/api/v1/premium-tax-credit", PTC.replace("TOP", number)).statusCode(400)
                    .body("errors[0].field", org.hamcrest.Matchers.equalTo(
                            "parameter_overrides.gov.irs.credits.premium_tax_credit.fpl_percent_top_code")));
            assertPlain(send("/api/v1/populations/generate", "{\"size\": " + number + ", \"year\": 2026, \"seed\": 42}")
                    .statusCode(400).body("errors[0].field", org.hamcrest.Matchers.equalTo("size")));
        }
    }

    @Test
    void numbersWithinRangeAreStillAnswered() {
        post(ELIGIBILITY.replace("INCOME", "31500.00")).statusCode(200);
        post(ELIGIBILITY.replace("INCOME", "-0")).statusCode(200);
        send("/api/v1/premium-tax-credit", PTC.replace("TOP", "400")).statusCode(200);
    }

    @Test
    void aFractionIsNotAWholeNumber() {
        assertPlain(send("/api/v1/populations/generate", "{\"size\": 2.5, \"year\": 2026, \"seed\": 42}").statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("size"))
                .body("errors[0].message", containsString("whole number")));
    }

    @Test
    void aKeyGivenTwiceIsRefusedNamingIt() {
        assertPlain(send("/api/v1/populations/generate", "{\"seed\": null, \"size\": 2, \"year\": 2026, \"seed\": 42}")
                .statusCode(400).body("errors[0].field", org.hamcrest.Matchers.equalTo("seed")));
        assertPlain(send("/api/v1/premiums", PREMIUMS.replace("\"year\": 2026", "\"year\": null, \"year\": 2026").replace("RATE", "400"))
                .statusCode(400).body("errors[0].field", org.hamcrest.Matchers.equalTo("year")));
        assertPlain(send("/api/v1/households/slcsp", "{\"year\": null, \"year\": 2026}").statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("year")));
        assertPlain(send("/api/v1/plans/compliance", "{\"plan_year\": null, \"plan_year\": 2026}").statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("plan_year")));
        assertPlain(send("/api/v1/reevaluations", "{\"ruleset_version\": null, \"ruleset_version\": \"active\"}").statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("ruleset_version")));
        assertPlain(send("/api/v1/rulesets/nope/activate", "{\"force\": null, \"force\": true}").statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("force")));
        assertPlain(given().auth().preemptive().basic("admin", "admin").contentType("application/json")
                .body("{\"external_id\": null, \"external_id\": \"x\"}").put("/api/v1/applicants/1").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("external_id")));
        assertPlain(post(ELIGIBILITY.replace("\"income\": INCOME", "\"income\": null, \"income\": 5")).statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("household.income")));
    }

    @Test
    void libraryLimitsAndSwitchesAreDescribedInWords() {
        assertPlain(post(ELIGIBILITY.replace("INCOME", "NaN")).statusCode(400)
                .body("errors[0].message", containsString("NaN")));
        assertPlain(post(ELIGIBILITY.replace("INCOME", "1".repeat(2000))).statusCode(400)
                .body("errors[0].message", containsString("longer than " + JsonInputLimits.MAX_NUMBER_LENGTH)));
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        assertPlain(send("/api/v1/premiums", PREMIUMS.replace("RATE", "400").replaceFirst("}$", ", \"parameter_overrides\": {\"x\": " + deep + "}}"))
                .statusCode(400).body("errors[0].message", containsString("levels deep")));
    }

    @Test
    void invalidUtf8() {
        byte[] body = "{\"year\": \"\u0000\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        body[10] = (byte) 0xff;
        assertPlain(given().contentType("application/json").body(body).post("/api/v1/eligibility").then().statusCode(400)
                .body("errors[0].message", containsString("UTF-8")));
    }

    @Test
    void wrongContentTypeAndUnknownPathsAnswerInTheErrorsShape() {
        assertPlain(given().contentType("text/plain").body("x").post("/api/v1/eligibility").then().statusCode(415)
                .body("errors[0].message", containsString("text/plain")));
        assertPlain(given().get("/api/v1/no-such-thing").then().statusCode(404).body("errors[0].message", containsString("not found")));
        assertPlain(given().delete("/api/v1/eligibility").then().statusCode(405).body("errors", org.hamcrest.Matchers.hasSize(1)));
        assertPlain(given().contentType("application/json").accept("text/html").body("{}").post("/api/v1/eligibility").then()
                .statusCode(406).body("errors", org.hamcrest.Matchers.hasSize(1)));
    }

    @Test
    void unknownEnumValueNamesTheFieldAndTheChoices() {
        post("{\"year\": 2026, \"place\": {\"state\": \"TX\"}, \"household\": {\"income\": 1, \"filing_status\": \"singel\", \"people\": ["
                + PERSON + "]}}")
                .statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("household.filing_status"))
                .body("errors[0].message", containsString("married_filing_jointly"));
    }

    @Test
    void unknownFieldIsRefusedNotIgnored() {
        post("{\"year\": 2026, \"place\": {\"state\": \"TX\"}, \"household\": {\"incme\": 1, \"filing_status\": \"single\", \"people\": ["
                + PERSON + "]}}")
                .statusCode(400)
                .body("errors[0].message", containsString("incme"));
    }

    @Test
    void wrongTypeNamesTheField() {
        post("{\"year\": \"next\"}").statusCode(400).body("errors.field", hasItem("year"));
    }

    @Test
    void missingBody() {
        given().contentType("application/json").post("/api/v1/eligibility").then().statusCode(400);
        given().contentType("application/json").body(" ").post("/api/v1/premiums").then().statusCode(400)
                .body("errors[0].message", containsString("body is required"));
    }

    @Test
    void pcfplWithoutParametersNamesEachOne() {
        given().get("/api/v1/households/pcfpl").then().statusCode(400)
                .body("errors.field", hasItem("year")).body("errors.field", hasItem("state"))
                .body("errors.field", hasItem("size")).body("errors.field", hasItem("income"));
    }

    @Test
    void pcfplUnknownState() {
        given().get("/api/v1/households/pcfpl?year=2026&state=PR&size=1&income=1000").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("state"));
    }
}
