package org.acarules.pool;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Pool statistics and projections through REST on the real database and engine. Four households in Mississippi
 * (a state no other test stores) whose outcomes are derived by hand below, and one 2018 household for the mandate.
 * 2026 credits use the 2025 poverty guideline, $15,650 for one person.
 */
@QuarkusTest
@org.junit.jupiter.api.extension.ExtendWith(org.acarules.AsAdministrator.class)
class PoolResourceTest {
    private static final JsonPathConfig DOUBLES = JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE);

    private static String household(String id, int year, String state, int income, int age, String offer, int benchmark) {
        return "{\"external_id\": \"" + id + "\", \"request\": {\"year\": " + year + ", \"place\": {\"state\": \"" + state + "\"},"
                + " \"household\": {\"income\": " + income + ", \"filing_status\": \"single\", \"people\": [{\"id\": \"p\", \"age\": "
                + age + ", \"relationship\": \"self\", \"immigration_status\": \"citizen\"" + offer + "}]},"
                + " \"benchmark_premium\": {\"monthly\": " + benchmark + "}}}\n";
    }

    private static volatile boolean stored;

    @org.junit.jupiter.api.BeforeEach
    void store() {
        if (stored) {
            return;
        }
        stored = true;
        String run = UUID.randomUUID().toString().substring(0, 8);
        String lines =
                // 31,300 = 200% of 15,650: aptc, band 200-250; 40 years old
                household(run + "-aptc", 2026, "MS", 31_300, 40, "", 600)
                // 5,000 = 32%: below 100%, Mississippi has not expanded Medicaid, no child: coverage gap; 30 years old
                + household(run + "-gap", 2026, "MS", 5_000, 30, "", 500)
                // 100,000 = 639%: above 2026's 400% ceiling: marketplace without credit, band 500-plus; 50 years old
                + household(run + "-mkt", 2026, "MS", 100_000, 50, "", 900)
                // 40,000 = 256%, offer of $50 a month self-only (1.5% of income, under 2026's 9.96%) with minimum value:
                // employer coverage; 25 years old
                + household(run + "-esi", 2026, "MS", 40_000, 25,
                        ", \"employer_offer\": {\"self_only_monthly_contribution\": 50, \"provides_minimum_value\": true}", 700)
                // 2018: 60,000 for one person is 497% of 2017's 12,060: marketplace; its 2018 payment if uninsured is the
                // greater of $695 and 2.5% x (60,000 - 12,000 filing threshold) = 1,200.00, under the bronze cap
                + household(run + "-2018", 2018, "MS", 60_000, 30, "", 400);
        given().contentType("application/x-ndjson").body(lines.getBytes(StandardCharsets.UTF_8)).post("/api/v1/applicants")
                .then().statusCode(200).body("imported", equalTo(5));
    }

    private static JsonPath statistics(String query) {
        return given().get("/api/v1/pools/statistics" + query).then().statusCode(200).extract().jsonPath().using(DOUBLES);
    }

    @Test
    void statisticsOfHandCountedHouseholds() {
        JsonPath s = statistics("?state=MS&year=2026");
        assertEquals(4, s.getInt("households"));
        assertEquals(4, s.getInt("persons"));
        assertEquals(0, s.getInt("errors"));
        for (String outcome : List.of("aptc", "marketplace", "coverage_gap", "employer_coverage")) {
            assertEquals(1, s.getInt("by_outcome.find { it.key == '" + outcome + "' }.persons"), outcome);
            assertEquals(0.25, s.getDouble("by_outcome.find { it.key == '" + outcome + "' }.share"), 1e-9, outcome);
        }
        assertEquals(0, s.getInt("by_outcome.find { it.key == 'medicaid' }.persons"));
        assertEquals(1, s.getInt("by_fpl_band.find { it.key == 'under-100' }.persons"));
        assertEquals(1, s.getInt("by_fpl_band.find { it.key == '200-250' }.persons"));
        assertEquals(1, s.getInt("by_fpl_band.find { it.key == '250-300' }.persons"));
        assertEquals(1, s.getInt("by_fpl_band.find { it.key == '500-plus' }.persons"));
        for (String band : List.of("18-25", "26-34", "35-44", "45-54")) {
            assertEquals(1, s.getInt("by_age_band.find { it.key == '" + band + "' }.persons"), band);
        }
        assertEquals(4, s.getInt("by_state.find { it.key == 'MS' }.persons"));
        // pool: the 40-year-old (aptc) and the 50-year-old (marketplace); no one 18-34
        assertEquals(2, s.getInt("pool.persons"));
        assertEquals(0.5, s.getDouble("pool.share_of_population"), 1e-9);
        assertEquals(0.0, s.getDouble("pool.share_18_to_34"), 1e-9);
        assertEquals(1, s.getInt("pool.subsidized"));
        assertEquals(0.5, s.getDouble("pool.subsidized_share"), 1e-9);
        // APTC = 600 x 12 - 6.6% (2026, at 200%) x 31,300 = 7,200 - 2,065.80 = 5,134.20 (monthly rounding: within $1)
        assertEquals(5_134.20, s.getDouble("pool.total_aptc"), 1.0);
        assertEquals(5_134.20, s.getDouble("pool.average_aptc"), 1.0);
        // gross (600 + 900) x 12 / 2 = 9,000; net ((7,200 - 5,134.20) + 10,800) / 2 = 6,432.90
        assertEquals(9_000.00, s.getDouble("pool.average_gross_premium"), 1e-9);
        assertEquals(6_432.90, s.getDouble("pool.average_net_premium"), 0.5);
        assertEquals(1, s.getInt("coverage_gap"));
        // no federal payment after 2018 (P.L. 115-97), and Mississippi has no mandate of its own
        assertEquals(0, s.getInt("mandate.liable_persons"));
        assertEquals(0.0, s.getDouble("mandate.total_payment"), 1e-9);
        assertEquals(0, s.getInt("mandate.not_computed"));
    }

    @Test
    void mandatePaymentOf2018() {
        JsonPath s = statistics("?state=MS&year=2018");
        assertEquals(1, s.getInt("households"));
        assertEquals(1, s.getInt("by_outcome.find { it.key == 'marketplace' }.persons"));
        assertEquals(1, s.getInt("mandate.liable_persons"));
        assertEquals(1_200.00, s.getDouble("mandate.total_payment"), 1e-9);
    }

    /** The mandate rules of the version asked for decide, not the active version's. */
    @Test
    void mandatePaymentUnderAStoredVersion() throws Exception {
        String file = "benefit-definitions/parameters/gov/irs/srp/income_percentage.yaml";
        String doubled = java.nio.file.Files.readString(java.nio.file.Path.of(file))
                .replace("'2016-01-01':\n    value: 0.025", "'2016-01-01':\n    value: 0.05");
        String version = given().contentType("application/json").body(Map.of("base", "active", "files", Map.of(file, doubled)))
                .post("/api/v1/rulesets").then().statusCode(200).body("compiles", equalTo(true)).extract().path("version");
        // 5% x (60,000 - 12,000) = 2,400.00: above $695, under 2018's bronze cap for one adult (12 x $283 = $3,396)
        JsonPath s = statistics("?state=MS&year=2018&ruleset_version=" + version);
        assertEquals(2_400.00, s.getDouble("mandate.total_payment"), 1e-9);
        assertEquals(1_200.00, statistics("?state=MS&year=2018").getDouble("mandate.total_payment"), 1e-9);
    }

    @Test
    void statisticsAsCsv() {
        String csv = given().accept("text/csv").get("/api/v1/pools/statistics?state=MS&year=2026").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        assertTrue(csv.startsWith("section,key,persons,share,amount\n"), csv);
        assertTrue(csv.contains("\noutcome,aptc,1,0.2500,\n"), csv);
        assertTrue(csv.contains("\npool,average_gross_premium,2,,9000.00\n"), csv);
    }

    @Test
    void badStatisticsRequests() {
        given().get("/api/v1/pools/statistics?ruleset_version=nosuchversion").then().statusCode(400)
                .body("errors.field", hasItem("ruleset_version"));
        given().get("/api/v1/pools/statistics?state=MS&year=2015").then().statusCode(400)
                .body("errors.field", hasItem("population")).body("errors[0].message", containsString("no stored applicants"));
        given().get("/api/v1/pools/statistics?state=XX").then().statusCode(400).body("errors.field", hasItem("state"));
    }

    @Test
    void projectionWithChartsAndTheSameAnswerForTheSameSeed() {
        Map<String, Object> body = Map.of("state", "MS", "year", 2026, "years", 3, "seed", 7);
        JsonPath p = given().contentType("application/json").body(body).post("/api/v1/pools/projections").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(4, p.getInt("households"));
        assertEquals(4, p.getList("scenarios").size());
        assertEquals(3, p.getList("scenarios[0].years").size());
        // the pool is the two people above; the employer-covered and coverage-gap persons are never in it
        assertEquals(2, p.getInt("scenarios[0].years[0].eligible"));
        long id = p.getLong("id");
        JsonPath again = given().contentType("application/json").body(body).post("/api/v1/pools/projections").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(p.getList("scenarios"), again.getList("scenarios"));
        io.restassured.response.Response chart = given().get("/api/v1/pools/projections/" + id + "/charts/premium.svg");
        assertEquals(200, chart.statusCode());
        assertTrue(chart.contentType().startsWith("image/svg+xml"), chart.contentType());
        String svg = chart.asString(); // read as text: RestAssured's XML parser refuses the SVG's DOCTYPE
        assertTrue(svg.contains("<svg"), svg.substring(0, Math.min(200, svg.length())));
        byte[] png = given().get("/api/v1/pools/projections/" + id + "/charts/composition.png").then().statusCode(200)
                .contentType(containsString("image/png")).extract().asByteArray();
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);
        given().get("/api/v1/pools/projections/" + id + "/charts/pie.svg").then().statusCode(400).body("errors.field", hasItem("file"));
        given().get("/api/v1/pools/projections/999999").then().statusCode(404);
    }

    @Test
    void badProjectionRequestsNameTheField() {
        given().contentType("application/json").body(Map.of("state", "MS", "parameters", Map.of("loss_ratio", 1.2)))
                .post("/api/v1/pools/projections").then().statusCode(400).body("errors.field", hasItem("parameters.loss_ratio"));
        given().contentType("application/json").body(Map.of("state", "MS", "scenarios",
                List.of(Map.of("name", "x", "subsidy", "none", "employer_drop_share", -0.1))))
                .post("/api/v1/pools/projections").then().statusCode(400).body("errors.field", hasItem("scenarios[0].employer_drop_share"));
        given().contentType("application/json").body(Map.of("state", "MS", "years", 21)).post("/api/v1/pools/projections")
                .then().statusCode(400).body("errors.field", hasItem("years")).body("errors[0].message", containsString("20"));
        given().contentType("application/json").body(Map.of("ruleset_version", "nosuchversion")).post("/api/v1/pools/projections")
                .then().statusCode(400).body("errors.field", hasItem("ruleset_version"));
        given().contentType("application/json").body(Map.of("state", "MS", "year", 2015)).post("/api/v1/pools/projections")
                .then().statusCode(400).body("errors.field", hasItem("population"));
    }

    @Test
    void aPopulationOverTheLimitIsRefusedWithTheLimitNamed() {
        // the test profile sets aca.pool.projection.max-households=50: 51 households in Alabama
        String run = UUID.randomUUID().toString().substring(0, 8);
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 51; i++) {
            lines.append(household(run + "-" + i, 2026, "AL", 30_000, 40, "", 600));
        }
        given().contentType("application/x-ndjson").body(lines.toString().getBytes(StandardCharsets.UTF_8)).post("/api/v1/applicants")
                .then().statusCode(200).body("imported", equalTo(51));
        given().contentType("application/json").body(Map.of("state", "AL", "year", 2026)).post("/api/v1/pools/projections")
                .then().statusCode(400).body("errors.field", hasItem("population"))
                .body("errors[0].message", containsString("max-households"));
    }

    @Test
    void clientsMayNotAsk() {
        given().auth().preemptive().basic("client", "client").get("/api/v1/pools/statistics?state=MS").then().statusCode(403);
    }
}
