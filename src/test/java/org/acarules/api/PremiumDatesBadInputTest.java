package org.acarules.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * POST /api/v1/premiums with dates of birth, dates of last tobacco use, the effective date and the market (issue 16):
 * every bad combination is a 400 naming the field, in words that name no Java type.
 */
@QuarkusTest
class PremiumDatesBadInputTest {
    /** BadInputTest's internals, and the names of the date and enum types the fields are read into. */
    private static final Pattern TYPES = Pattern.compile("LocalDate|DateTime|java\\.time|Market\\b|Relationship\\b");

    private static String body(String top, String member) {
        return "{\"year\": 2026, \"place\": {\"state\": \"TX\"}, \"plan\": {\"base_rate_monthly\": 400.00}" + top
                + ", \"household\": {\"people\": [{\"id\": \"pat\", \"relationship\": \"self\"" + member + "}]}}";
    }

    private static ValidatableResponse post(String body) {
        ValidatableResponse answer = given().contentType("application/json").body(body).post("/api/v1/premiums").then()
                .statusCode(400);
        String text = answer.extract().asString();
        assertFalse(BadInputTest.INTERNALS.matcher(text).find(), "names internals: " + text);
        assertFalse(TYPES.matcher(text).find(), "names a Java type: " + text);
        return answer;
    }

    private static void refused(String body, String field) {
        post(body).body("errors.field", hasItem(field));
    }

    @Test
    void aDateOfBirthNeedsTheEffectiveDate() {
        refused(body("", ", \"date_of_birth\": \"1986-01-01\""), "effective_date");
    }

    @Test
    void aDateOfLastTobaccoUseNeedsTheEffectiveDate() {
        refused(body("", ", \"age\": 40, \"last_tobacco_use_date\": \"2025-12-01\""), "effective_date");
    }

    @Test
    void anAgeAndADateOfBirthTogetherAreRefused() {
        refused(body(", \"effective_date\": \"2026-01-01\"", ", \"age\": 40, \"date_of_birth\": \"1986-01-01\""),
                "household.people[0].date_of_birth");
    }

    @Test
    void neitherAgeNorDateOfBirthIsRefused() {
        refused(body(", \"effective_date\": \"2026-01-01\"", ""), "household.people[0].age");
    }

    @Test
    void aDateOfBirthAfterTheEffectiveDateIsRefused() {
        refused(body(", \"effective_date\": \"2026-01-01\"", ", \"date_of_birth\": \"2026-01-02\""),
                "household.people[0].date_of_birth");
    }

    @Test
    void aDateOfBirthGivingAnAgeOver120IsRefused() {
        refused(body(", \"effective_date\": \"2026-01-01\"", ", \"date_of_birth\": \"1905-01-01\""),
                "household.people[0].date_of_birth");
    }

    @Test
    void aLastTobaccoUseAfterTheEffectiveDateIsRefused() {
        refused(body(", \"effective_date\": \"2026-01-01\"", ", \"age\": 40, \"last_tobacco_use_date\": \"2026-01-02\""),
                "household.people[0].last_tobacco_use_date");
    }

    @Test
    void anEffectiveDateOutsideTheYearIsRefused() {
        refused(body(", \"effective_date\": \"2027-01-01\"", ", \"age\": 40"), "effective_date");
    }

    @Test
    void malformedDatesNameTheirField() {
        refused(body(", \"effective_date\": \"2026-02-30\"", ", \"age\": 40"), "effective_date");
        refused(body(", \"effective_date\": \"2026-01-01\"", ", \"date_of_birth\": \"1986-13-01\""),
                "household.people[0].date_of_birth");
        refused(body(", \"effective_date\": \"2026-01-01\"", ", \"age\": 40, \"last_tobacco_use_date\": \"last week\""),
                "household.people[0].last_tobacco_use_date");
    }

    @Test
    void aMarketOtherThanIndividualOrSmallGroupIsRefused() {
        refused(body(", \"market\": \"large_group\"", ", \"age\": 40"), "market");
        refused(body(", \"market\": \"shop\"", ", \"age\": 40"), "market");
    }

    @Test
    void theLeftOutMarketIsTheIndividualMarket() {
        // Connecticut: 1.5:1 individual (null here: banned on its Exchange only), 1:1 small group (CMS). A tobacco user
        // there is 'not modelled' in the individual market, and rated without surcharge in the small group market.
        String individual = body("", ", \"age\": 40, \"uses_tobacco\": true").replace("\"TX\"", "\"CT\"");
        given().contentType("application/json").body(individual).post("/api/v1/premiums").then().statusCode(422);
        given().contentType("application/json").body(individual.replace("{\"year\": 2026,", "{\"year\": 2026, \"market\": \"individual\","))
                .post("/api/v1/premiums").then().statusCode(422);
        given().contentType("application/json").body(individual.replace("{\"year\": 2026,", "{\"year\": 2026, \"market\": \"small_group\","))
                .post("/api/v1/premiums").then().statusCode(200);
    }
}
