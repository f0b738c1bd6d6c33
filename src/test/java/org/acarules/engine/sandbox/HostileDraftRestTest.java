package org.acarules.engine.sandbox;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The issue's own case through REST: an analyst posts a draft whose consequence writes a file in the service's working
 * directory. It is refused at validation with file, line and what, is not stored, cannot be evaluated against, and no
 * file appears.
 */
@QuarkusTest
class HostileDraftRestTest {
    private static final String MARKER = "written-by-a-hostile-draft.txt";
    private static final String DRAFT = """
            package hostile;
            import org.acarules.facts.*;

            rule "HX-100 writes a file when evaluated"
                @citation("none")
            when
                Household()
            then
                java.nio.file.Files.writeString(java.nio.file.Path.of("%s"), "written");
            end
            """.formatted(MARKER);

    @Test
    void anAnalystsDraftThatWritesAFileIsRefusedAndNothingIsWritten() {
        String version = given().auth().preemptive().basic("analyst", "analyst").contentType("application/json")
                .body(Map.of("files", Map.of("rules/hostile/writes.drl", DRAFT,
                        "benefit-definitions/ruleset.yaml", "years: {first: 2026, last: 2026}\nstates: [TX]\n",
                        "benefit-definitions/parameters/p.yaml", """
                                description: A test parameter.
                                metadata: {unit: /1, reference: [{title: test}]}
                                values: {2026-01-01: 1}
                                """)))
                .post("/api/v1/rulesets").then().statusCode(200)
                .body("compiles", equalTo(false)).body("stored", equalTo(false))
                .body("errors.file", everyItem(equalTo("rules/hostile/writes.drl")))
                .body("errors.line", everyItem(equalTo(9)))
                .body("errors.message", hasItem("rule HX-100 writes a file when evaluated calls"
                        + " java.nio.file.Files.writeString, which a rule may not call (file access)"))
                .extract().path("version");

        given().auth().preemptive().basic("analyst", "analyst").contentType("application/json")
                .header("X-Ruleset-Version", version)
                .body("""
                        {"year": 2026, "place": {"state": "TX"}, "household": {"income": 30000, "filing_status": "single",
                         "people": [{"id": "pat", "age": 40, "relationship": "self", "immigration_status": "citizen"}]}}""")
                .post("/api/v1/eligibility").then().statusCode(404);
        assertFalse(Files.exists(Path.of(MARKER)), "the draft wrote a file");
    }
}
