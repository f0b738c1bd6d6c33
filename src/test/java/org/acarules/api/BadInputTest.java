package org.acarules.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
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

    @Test
    void malformedJson() {
        post("{\"year\": 2026,").statusCode(400).body("errors[0].message", containsString("malformed JSON"));
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
