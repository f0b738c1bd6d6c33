package org.acarules.applicants;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Applicants through REST on the real database: create, read, replace, delete, JSON Lines import, decisions, replay. */
@QuarkusTest
@org.junit.jupiter.api.extension.ExtendWith(org.acarules.AsAdministrator.class)
class ApplicantsTest {
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    static String household(int year, String state, int income) {
        return """
                {"year": %d, "place": {"state": "%s"}, "household": {"income": %d, "filing_status": "single",
                 "people": [{"id": "pat", "age": 40, "relationship": "self", "immigration_status": "citizen"}]},
                 "benchmark_premium": {"monthly": 625.00}}""".formatted(year, state, income).replace("\n", " ");
    }

    private long create(String externalId, String request) {
        return given().contentType("application/json")
                .body("{\"applicants\": [{\"external_id\": \"" + externalId + "\", \"request\": " + request + "}]}")
                .post("/api/v1/applicants").then().statusCode(201).extract().jsonPath().getLong("applicants[0].id");
    }

    @Test
    void createReadReplaceDelete() {
        long id = create(run + "-a", household(2026, "TX", 31500));
        String hash = given().get("/api/v1/applicants/" + id).then().statusCode(200)
                .body("external_id", equalTo(run + "-a")).body("state", equalTo("TX")).body("year", equalTo(2026))
                .body("request.household.filing_status", equalTo("single")).extract().path("input_hash");
        given().contentType("application/json").body("{\"external_id\": \"" + run + "-a\", \"request\": "
                + household(2026, "OH", 40000) + "}").put("/api/v1/applicants/" + id).then().statusCode(200)
                .body("state", equalTo("OH")).body("input_hash", not(equalTo(hash)));
        given().delete("/api/v1/applicants/" + id).then().statusCode(204);
        given().get("/api/v1/applicants/" + id).then().statusCode(404);
    }

    @Test
    void theSameRequestHashesTheSame() {
        long a = create(run + "-h1", household(2025, "OH", 30000));
        // the same household with fields in another order and spacing
        long b = create(run + "-h2", """
                {"household": {"people": [{"immigration_status": "citizen", "relationship": "self", "age": 40, "id": "pat"}],
                 "filing_status": "single", "income": 30000}, "benchmark_premium": {"monthly": 625.00},
                 "place": {"state": "OH"}, "year": 2025}""");
        String hashA = given().get("/api/v1/applicants/" + a).then().extract().path("input_hash");
        given().get("/api/v1/applicants/" + b).then().body("input_hash", equalTo(hashA));
    }

    @Test
    void aBadApplicantIsRefusedWithItsField() {
        given().contentType("application/json").body("{\"applicants\": [{\"external_id\": \"" + run + "-bad\", \"request\": "
                + household(2040, "TX", 31500) + "}]}").post("/api/v1/applicants").then().statusCode(400)
                .body("errors.field", hasItem("applicants[0].request.year"));
        long id = create(run + "-dup", household(2026, "TX", 31500));
        given().contentType("application/json").body("{\"applicants\": [{\"external_id\": \"" + run + "-dup\", \"request\": "
                + household(2026, "TX", 31500) + "}]}").post("/api/v1/applicants").then().statusCode(400)
                .body("errors[0].message", containsString("already stored as applicant " + id));
    }

    @Test
    void importKeepsGoodLinesAndReportsBadOnesByNumber() {
        String good = household(2026, "TX", 31500);
        String lines = String.join("\n",
                "{\"external_id\": \"" + run + "-1\", \"request\": " + good + "}",
                "{\"external_id\": \"" + run + "-2\", \"request\": " + good.replace("\"age\": 40", "\"age\": -3") + "}",
                "not json",
                "",
                "{\"external_id\": \"" + run + "-3\", \"request\": " + good.replace("\"TX\"", "\"ZZ\"") + "}",
                "{\"external_id\": \"" + run + "-4\", \"request\": " + good + ", \"colour\": 1}",
                "{\"external_id\": \"" + run + "-5\", \"request\": " + good + "}",
                "{\"external_id\": \"" + run + "-1\", \"request\": " + good + "}") + "\n";
        given().contentType("application/x-ndjson").body(lines.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/api/v1/applicants").then().statusCode(200)
                .body("imported", equalTo(2)).body("rejected_count", equalTo(5))
                .body("rejected.line", equalTo(java.util.List.of(2, 3, 5, 6, 8)))
                .body("rejected[0].errors[0].field", equalTo("request.household.people[0].age"))
                .body("rejected[1].errors[0].message", containsString("is not a JSON value"))
                .body("rejected[2].errors[0].field", equalTo("request.place.state"))
                .body("rejected[3].errors[0].message", containsString("colour"))
                .body("rejected[4].errors[0].message", equalTo("repeats line 1"));
    }

    @Test
    void anImportThatIsNotUtf8IsRefusedNotReadOnWithReplacementCharacters() {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 40; i++) { // more than a reader's buffer before the broken bytes
            lines.append("{\"external_id\": \"").append(run).append("-utf-").append(i).append("\", \"request\": ")
                    .append(household(2026, "TX", 31500)).append("}\n");
        }
        byte[] valid = lines.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] broken = {'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'}; // 0xC3 0x28: not a UTF-8 sequence
        byte[] body = java.util.Arrays.copyOf(valid, valid.length + broken.length);
        System.arraycopy(broken, 0, body, valid.length, broken.length);
        given().contentType("application/x-ndjson").body(body).post("/api/v1/applicants").then().statusCode(400)
                .body("errors[0].field", equalTo("body"))
                .body("errors[0].message", containsString("not valid UTF-8 after"));
        // sent again, encoded properly: every household is stored once, those kept before the refusal reported as stored
        var again = given().contentType("application/x-ndjson").body(valid).post("/api/v1/applicants").then().statusCode(200)
                .extract().jsonPath();
        org.junit.jupiter.api.Assertions.assertEquals(40, again.getInt("imported") + again.getInt("rejected_count"));
    }

    @jakarta.inject.Inject
    javax.sql.DataSource dataSource;

    private String storedRequest(String externalId) {
        try (var c = dataSource.getConnection();
                var select = c.prepareStatement("select request from applicant where external_id = ?")) {
            select.setString(1, externalId);
            try (var rs = select.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void csvImportTakesTheQualifiedAlienColumns() {
        String csv = String.join("\n",
                "external_id,year,state,income,filing_status,person_id,age,relationship,immigration_status,qualified_alien_category,qualified_status_date,veteran_or_active_duty",
                run + "-q1,2025,OH,10000,single,pat,40,self,lawfully_present,lawful_permanent_resident,2023-07-01,true",
                run + "-q2,2025,OH,10000,single,lee,40,self,lawfully_present,tourist,2023-07-01,") + "\n";
        given().contentType("text/csv").body(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/applicants").then().statusCode(200)
                .body("imported", equalTo(1)).body("rejected.line", equalTo(java.util.List.of(3)))
                .body("rejected[0].errors[0].field", equalTo("qualified_alien_category"));
        String stored = storedRequest(run + "-q1");
        org.junit.jupiter.api.Assertions.assertTrue(stored.contains("\"qualified_alien_category\":\"lawful_permanent_resident\""), stored);
        org.junit.jupiter.api.Assertions.assertTrue(stored.contains("\"qualified_status_date\":\"2023-07-01\""), stored);
        org.junit.jupiter.api.Assertions.assertTrue(stored.contains("\"veteran_or_active_duty\":\"true\"")
                || stored.contains("\"veteran_or_active_duty\":true"), stored);
    }

    @Test
    void csvImportKeepsGoodHouseholdsAndReportsBadRowsByLine() {
        String csv = String.join("\n",
                "external_id,year,state,countyfips,income,filing_status,benchmark_monthly,person_id,age,relationship,immigration_status,is_pregnant,has_other_mec",
                run + "-c1,2026,TX,48201,31500,single,625.00,pat,40,self,citizen,,",
                // a couple with a child: household columns on the first row only, or repeated
                run + "-c2,2026,OH,,52000,married_filing_jointly,1400,ann,35,self,citizen,false,false",
                run + "-c2,,,,,,,bob,36,spouse,lawfully_present,,true",
                run + "-c2,2026,OH,,52000,married_filing_jointly,1400,kid,4,child,citizen,,",
                run + "-c3,2026,TX,,31500,single,625,sam,-3,self,citizen,,",                 // line 6: age
                run + "-c4,2026,TX,,31500,single,625,lee,40,self,martian,,",                  // line 7: immigration status
                run + "-c5,2026,TX,,lots,single,625,kim,40,self,citizen,,",                   // line 8: income
                run + "-c6,2026,TX,,40000,single,625,joe,40,self,citizen,,",
                run + "-c6,,OH,,,,,jil,38,spouse,citizen,maybe,",                            // line 10: state differs
                run + "-c7,2026,TX,,40000,married_filing_jointly,625,max,40,self,citizen,,",
                run + "-c7,,,,,,,mia,38,spouse,citizen,,",
                run + "-c7,,,,,,,ned,150,child,citizen,,",                                   // line 13: age of the 3rd person
                "too,few,cells",                                                            // line 14
                run + "-c1,2026,TX,,31500,single,625.00,pat,40,self,citizen,,") + "\n";    // line 15: repeats line 2
        given().contentType("text/csv").body(csv.replaceAll(" +// [^\n]*", "").getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/applicants").then().statusCode(200)
                .body("imported", equalTo(2)).body("rejected_count", equalTo(7))
                .body("rejected.line", equalTo(java.util.List.of(6, 7, 8, 10, 13, 14, 15)))
                .body("rejected[0].errors[0].field", equalTo("age"))
                .body("rejected[1].errors[0].field", equalTo("immigration_status"))
                .body("rejected[1].errors[0].message", containsString("not one of"))
                .body("rejected[2].errors[0].field", equalTo("income"))
                .body("rejected[3].errors[0].field", equalTo("state"))
                .body("rejected[3].errors[0].message", equalTo("differs from line 9 of the same household"))
                .body("rejected[4].errors[0].field", equalTo("age"))
                .body("rejected[4].external_id", equalTo(run + "-c7"))
                .body("rejected[5].errors[0].message", containsString("3 cells"))
                .body("rejected[6].errors[0].message", equalTo("repeats line 2"));
        // the stored family: household columns once, three people in row order, empty cells absent
        String family = storedRequest(run + "-c2");
        org.junit.jupiter.api.Assertions.assertTrue(family.contains("\"people\":[{\"age\":35,\"has_other_mec\":false,\"id\":\"ann\""), family);
        org.junit.jupiter.api.Assertions.assertTrue(family.contains("{\"age\":36,\"has_other_mec\":true,\"id\":\"bob\",\"immigration_status\":\"lawfully_present\",\"relationship\":\"spouse\"}"), family);
        org.junit.jupiter.api.Assertions.assertTrue(family.contains("\"income\":52000"), family);
        org.junit.jupiter.api.Assertions.assertTrue(storedRequest(run + "-c1").contains("\"countyfips\":\"48201\""));
        given().contentType("text/csv").body("external_id,year,colour\n").post("/api/v1/applicants").then().statusCode(400)
                .body("errors.message", hasItem("unknown column 'colour'")).body("errors.message", hasItem("missing column 'state'"));
    }

    @Test
    void evaluateStoresADecisionThatReplaysIdentically() {
        long id = create(run + "-d", household(2026, "TX", 31500));
        long decision = given().post("/api/v1/applicants/" + id + "/evaluate").then().statusCode(200)
                .body("applicant_id", equalTo((int) id)).body("answer.people[0].outcome", equalTo("aptc"))
                .body("fired_rules", hasItem("APTC-001")).body("ruleset_version", not(equalTo(null)))
                .body("answer.trace", equalTo(null)).extract().jsonPath().getLong("id");
        given().get("/api/v1/applicants/" + id + "/decisions").then().statusCode(200).body("$", hasSize(1))
                .body("[0].id", equalTo((int) decision));
        given().post("/api/v1/decisions/" + decision + "/replay").then().statusCode(200)
                .body("identical", equalTo(true)).body("differences", hasSize(0));
        // the decision keeps its input: editing the applicant does not change what the replay runs
        given().contentType("application/json").body("{\"external_id\": \"" + run + "-d\", \"request\": "
                + household(2026, "TX", 90000) + "}").put("/api/v1/applicants/" + id).then().statusCode(200);
        given().post("/api/v1/decisions/" + decision + "/replay").then().statusCode(200).body("identical", equalTo(true));
        given().post("/api/v1/decisions/999999999/replay").then().statusCode(404);
    }
}
