package org.acarules.population;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Generated populations: the same seed gives the same lines, and every line imports as a valid applicant (2025: the re-evaluation tests filter on 2026). */
@QuarkusTest
@org.junit.jupiter.api.extension.ExtendWith(org.acarules.AsAdministrator.class)
class PopulationTest {
    private static byte[] generate(long seed) {
        return given().contentType("application/json").body(Map.of("size", 300, "year", 2025, "seed", seed))
                .post("/api/v1/populations/generate").then().statusCode(200).extract().asByteArray();
    }

    @Test
    void sameSeedSameFileAndEveryLineImports() {
        byte[] first = generate(7);
        assertEquals(new String(first), new String(generate(7)));
        assertNotEquals(new String(first), new String(generate(8)));
        assertEquals(300, new String(first).split("\n").length);
        given().contentType("application/x-ndjson").body(first).post("/api/v1/applicants").then().statusCode(200)
                .body("imported", equalTo(300)).body("rejected_count", equalTo(0));
    }

    @Test
    void aYearOutsideTheRulesetIsRefused() {
        given().contentType("application/json").body(Map.of("size", 3, "year", 2031, "seed", 1))
                .post("/api/v1/populations/generate").then().statusCode(400).body("errors[0].field", equalTo("year"));
    }
}
