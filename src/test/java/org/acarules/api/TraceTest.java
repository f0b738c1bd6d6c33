package org.acarules.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** ?trace=true: every fired rule in order with its id, citation, the people and the facts it matched (ids and values). */
@QuarkusTest
class TraceTest {
    private static final String HOUSEHOLD = """
            {"year": 2026, "place": {"state": "TX"}, "household": {"income": 31500, "filing_status": "single",
             "people": [{"id": "pat", "age": 40, "relationship": "self", "immigration_status": "citizen"}]}}""";

    @Test
    void theTraceNamesEachRuleAndTheFactsItMatched() {
        given().contentType("application/json").body(HOUSEHOLD).post("/api/v1/eligibility?trace=true").then()
                .statusCode(200)
                .body("trace.find { it.rule == 'FPL-001' }.citation", equalTo("26 USC 36B(d)(3)(B); 26 CFR 1.36B-1(h)"))
                .body("trace.find { it.rule == 'FPL-001' }.facts[0].type", equalTo("Household"))
                .body("trace.find { it.rule == 'FPL-001' }.facts[0].values.state", equalTo("TX"))
                .body("trace.find { it.rule == 'MCD-001' }.people", hasItem("pat"))
                .body("trace.find { it.rule == 'MCD-001' }.facts[0].values.id", equalTo("pat"))
                .body("trace.find { it.rule == 'MCD-001' }.facts[0].values.age", equalTo(40));
    }

    @Test
    void withoutTraceThereIsNone() {
        given().contentType("application/json").body(HOUSEHOLD).post("/api/v1/eligibility").then()
                .statusCode(200).body("trace", nullValue());
    }
}
