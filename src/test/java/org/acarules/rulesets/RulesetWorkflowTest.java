package org.acarules.rulesets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.acarules.RaisedCeiling;
import org.junit.jupiter.api.Test;

/** Drafts, validation, activation, rollback and reload through REST, on the real database and engine. */
@QuarkusTest
@org.junit.jupiter.api.extension.ExtendWith(org.acarules.AsAdministrator.class)
class RulesetWorkflowTest {
    private static final String CEILING = "benefit-definitions/parameters/gov/aca/ptc/income_ceiling.yaml";
    /** 2026, TX, one adult, income 70,000: 70,000 / 15,650 = 447% of the 2025 guideline, above the 400% ceiling. */
    private static final String HOUSEHOLD_AT_447 = """
            {"year": 2026, "place": {"state": "TX"}, "household": {"income": 70000, "filing_status": "single",
             "people": [{"id": "pat", "age": 40, "relationship": "self", "immigration_status": "citizen"}]}}""";

    @AfterEach
    void restoreTheFolders() {
        given().post("/api/v1/rulesets/reload").then().statusCode(200);
    }

    private static String activeVersion() {
        return given().get("/q/health/ready").then().extract().path("checks.find { it.name == 'ruleset' }.data.version");
    }

    private static Response draft(Map<String, Object> body) {
        return given().contentType("application/json").body(body).post("/api/v1/rulesets");
    }

    /** The 2026 income ceiling raised from 4.00 to 5.00, the table carried on to it: a change an analyst might try. */
    private static Map<String, String> ceilingAtFive() {
        return RaisedCeiling.files("5.0");
    }

    @Test
    void theStartupVersionIsStoredAndActive() {
        String active = activeVersion();
        given().get("/api/v1/rulesets").then().statusCode(200)
                .body("find { it.version == '" + active + "' }.active", equalTo(true))
                .body("find { it.version == '" + active + "' }.origin", equalTo("folders"));
    }

    @Test
    void aSyntaxErrorIsLocatedAndNothingChanges() throws Exception {
        String before = activeVersion();
        String broken = Files.readString(Path.of("rules/eligibility/chip.drl")).replace("then", "thn");
        draft(Map.of("base", "active", "files", Map.of("rules/eligibility/chip.drl", broken))).then().statusCode(200)
                .body("compiles", equalTo(false)).body("stored", equalTo(false))
                .body("errors[0].file", equalTo("rules/eligibility/chip.drl"))
                .body("errors[0].line", org.hamcrest.Matchers.greaterThan(0));
        assertEquals(before, activeVersion());
    }

    @Test
    void parameterErrorsNameFileAndKey() {
        draft(Map.of("base", "active", "files", Map.of(CEILING, """
                description: Ceiling.
                metadata: {unit: /1, reference: [{title: x}]}
                values:
                  2026-01-01: 4.00
                  2014-01-01: 4.00
                """))).then().statusCode(200).body("compiles", equalTo(false))
                .body("parameter_errors[0].file", equalTo(CEILING))
                .body("parameter_errors[0].key", equalTo("values.2014-01-01"));
    }

    @Test
    void pathsEscapingTheFoldersAreRefused() {
        draft(Map.of("files", Map.of("rules/../../etc/passwd", "x"))).then().statusCode(400)
                .body("errors[0].message", containsString(".."));
        draft(Map.of("files", Map.of("src/main/java/X.java", "x"))).then().statusCode(400);
    }

    @Test
    void draftsAboveTheUploadLimitAreRefused() throws Exception {
        draft(Map.of("files", Map.of("rules/big.drl", "x".repeat(12 * 1024 * 1024)))).then().log().ifValidationFails().statusCode(413)
                .body("errors[0].message", containsString("max-upload-bytes"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("rules/big.drl"));
            byte[] block = new byte[1024 * 1024];
            for (int i = 0; i < 20; i++) {
                zip.write(block); // 20 MB unpacked
            }
            zip.closeEntry();
        }
        given().contentType("application/zip").body(bytes.toByteArray()).post("/api/v1/rulesets").then().statusCode(413);
    }

    @Test
    void aZipDraftWithAnEscapingPathIsRefused() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("rules/../../evil.drl"));
            zip.write("x".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        given().contentType("application/zip").body(bytes.toByteArray()).post("/api/v1/rulesets").then().statusCode(400);
    }

    @Test
    void activateAndRollBackAChangedParameter() throws Exception {
        String before = activeVersion();
        given().contentType("application/json").body(HOUSEHOLD_AT_447).post("/api/v1/eligibility").then()
                .body("people[0].aptc_eligible", equalTo(false)).body("ruleset_version", equalTo(before));

        String draft = draft(Map.of("base", "active", "files", ceilingAtFive())).then().statusCode(200)
                .body("compiles", equalTo(true)).body("stored", equalTo(true)).extract().path("version");
        assertNotEquals(before, draft);

        given().contentType("application/json").body("{\"force\": true, \"reason\": \"what if the ceiling were 500%\"}")
                .post("/api/v1/rulesets/" + draft + "/activate").then().statusCode(200)
                .body("version", equalTo(draft)).body("previous_version", equalTo(before));
        given().contentType("application/json").body(HOUSEHOLD_AT_447).post("/api/v1/eligibility").then()
                .body("people[0].aptc_eligible", equalTo(true)).body("ruleset_version", equalTo(draft));

        given().contentType("application/json").body("{\"reason\": \"undo\"}")
                .post("/api/v1/rulesets/" + draft + "/rollback").then().statusCode(200).body("version", equalTo(before));
        assertEquals(before, activeVersion());
        given().get("/api/v1/rulesets/audit").then().statusCode(200)
                .body("findAll { it.version == '" + draft + "' }.action", hasItem("activate"))
                .body("findAll { it.version == '" + draft + "' }.action", hasItem("draft"))
                .body("findAll { it.from_version == '" + draft + "' }.action", hasItem("rollback"));
    }

    @Test
    void unknownVersionsAndForcedActivationsWithoutReason() {
        given().contentType("application/json").body("{}").post("/api/v1/rulesets/000000000000/activate").then().statusCode(404);
        given().contentType("application/json").body("{\"force\": true}")
                .post("/api/v1/rulesets/" + activeVersion() + "/activate").then().statusCode(409)
                .body("errors[0].message", containsString("reason"));
        given().contentType("application/json").body("{}").post("/api/v1/rulesets/000000000000/rollback").then()
                .statusCode(409);
    }

    @Test
    void noRequestFailsWhileVersionsAreSwapped() throws Exception {
        String original = activeVersion();
        String draft = draft(Map.of("base", "active", "files", ceilingAtFive())).then()
                .extract().path("version");
        Set<String> seen = ConcurrentHashMap.newKeySet();
        List<String> failures = new ArrayList<>();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<Integer>> counts = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            counts.add(clients.submit(() -> {
                int n = 0;
                while (running.get() && n < 2_000) {
                    Response r = given().contentType("application/json").body(HOUSEHOLD_AT_447).post("/api/v1/eligibility");
                    String version = r.path("ruleset_version");
                    boolean eligible = Boolean.TRUE.equals(r.path("people[0].aptc_eligible"));
                    // each answer must be consistent with the version it names
                    if (r.statusCode() != 200 || version == null || eligible != version.equals(draft)) {
                        synchronized (failures) {
                            failures.add(r.statusCode() + " " + version + " " + eligible);
                        }
                    } else {
                        seen.add(version);
                    }
                    n++;
                }
                return n;
            }));
        }
        for (int i = 0; i < 10; i++) {
            String target = i % 2 == 0 ? draft : original;
            given().contentType("application/json").body("{\"force\": true, \"reason\": \"swap " + i + "\"}")
                    .post("/api/v1/rulesets/" + target + "/activate").then().statusCode(200);
            Thread.sleep(30);
        }
        running.set(false);
        int total = 0;
        for (Future<Integer> count : counts) {
            total += count.get(60, TimeUnit.SECONDS);
        }
        clients.shutdown();
        assertTrue(failures.isEmpty(), "failed or inconsistent answers: " + failures);
        assertTrue(total > 0);
        assertTrue(Set.of(original, draft).containsAll(seen), "unexpected versions " + seen);
    }

    @Test
    void activationIsRefusedWhenAScenarioFailsUnlessForced() throws Exception {
        String before = activeVersion();
        String draft = draft(Map.of("base", "active", "files", ceilingAtFive())).then()
                .extract().path("version");
        // ELG-S04 expects no credit just above 400% in 2026: the draft's 500% ceiling breaks it.
        given().contentType("application/json").body("{}").post("/api/v1/rulesets/" + draft + "/activate").then()
                .statusCode(409).body("errors[0].message", containsString("ELG-S04"));
        assertEquals(before, activeVersion());
        given().get("/api/v1/rulesets/audit").then()
                .body("findAll { it.version == '" + draft + "' }.action", hasItem("scenario-run"));
    }

    @Test
    void scenarioRunsReportPassFailAndRuleCoverage() throws Exception {
        String active = activeVersion();
        given().contentType("application/json").body("{}").post("/api/v1/rulesets/" + active + "/scenario-runs").then()
                .statusCode(200).body("failed", equalTo(0)).body("version", equalTo(active))
                .body("rule_firings.'APTC-001'", org.hamcrest.Matchers.greaterThan(0))
                .body("rule_scenarios.'APTC-004'", org.hamcrest.Matchers.not(org.hamcrest.Matchers.empty()))
                .body("cases.find { it.id == 'BENCH-S01' }.status", equalTo("skipped"));
        String draft = draft(Map.of("base", "active", "files", ceilingAtFive())).then()
                .extract().path("version");
        String uploaded = """
                cases:
                - id: UP-001
                  name: A Texan at 447 percent of the poverty line in 2026 gets no credit.
                  source: 70,000 / 15,650 = 4.47 > 4.00 (26 USC 36B(c)(1)(A)).
                  endpoint: POST /api/v1/eligibility
                  request: HOUSEHOLD
                  expect:
                    people:
                    - {id: pat, aptc_eligible: false}
                """.replace("HOUSEHOLD", HOUSEHOLD_AT_447.replace("\n", " "));
        given().contentType("application/json").body(Map.of("scenarios", Map.of("up.yaml", uploaded)))
                .post("/api/v1/rulesets/" + draft + "/scenario-runs").then().statusCode(200)
                .body("failed", equalTo(1)).body("cases[0].differences[0]", containsString("aptc_eligible"));
        given().contentType("application/json").body(Map.of("scenarios", Map.of("bad.yaml", "cases: [{id: X}]")))
                .post("/api/v1/rulesets/" + draft + "/scenario-runs").then().statusCode(400)
                .body("errors[0].field", equalTo("scenarios"));
    }

    @Test
    void compareShowsBothAnswersAndWhatDiffers() throws Exception {
        String draft = draft(Map.of("base", "active", "files", ceilingAtFive())).then()
                .extract().path("version");
        given().contentType("application/json").body("{\"households\": [" + HOUSEHOLD_AT_447 + "]}")
                .post("/api/v1/rulesets/" + draft + "/compare").then().statusCode(200)
                .body("changed", equalTo(1))
                .body("results[0].active.people[0].aptc_eligible", equalTo(false))
                .body("results[0].draft.people[0].aptc_eligible", equalTo(true))
                .body("results[0].differences", hasItem("people[0].aptc_eligible"));
        String scenarios = Files.readString(Path.of("tests/eligibility/aptc_eligibility.yaml"));
        given().contentType("application/json").body(Map.of("scenarios", scenarios))
                .post("/api/v1/rulesets/" + draft + "/compare").then().statusCode(200)
                .body("results.find { it.label == 'ELG-S04' }.differences", hasItem("people[0].aptc_eligible"));
    }

    @Test
    void aRequestCanBePinnedToAStoredVersion() throws Exception {
        String draft = draft(Map.of("base", "active", "files", ceilingAtFive())).then()
                .extract().path("version");
        given().contentType("application/json").header("X-Ruleset-Version", draft).body(HOUSEHOLD_AT_447)
                .post("/api/v1/eligibility").then().statusCode(200)
                .body("ruleset_version", equalTo(draft)).body("people[0].aptc_eligible", equalTo(true));
        given().contentType("application/json").header("X-Ruleset-Version", "000000000000").body(HOUSEHOLD_AT_447)
                .post("/api/v1/eligibility").then().statusCode(404);
    }

    @Test
    void eachRuleNamesItsFileAndTheParametersItReads() {
        String active = activeVersion();
        given().get("/api/v1/rulesets/" + active + "/rules").then().statusCode(200)
                .body("find { it.id == 'MCD-010' }.file", equalTo("rules/eligibility/medicaid.drl"))
                .body("find { it.id == 'MCD-010' }.parameters", hasItem("gov.hhs.medicaid.adult.income_limit"))
                .body("find { it.id == 'MCD-010' }.citation", containsString("42 CFR 435.119"))
                .body("find { it.id == 'CSR-002' }.file", equalTo("rules/eligibility/csr.csv"))
                .body("find { it.id == 'CSR-002' }.parameters", hasItem("gov.aca.csr.income_limit.variant_87"));
    }

    @Test
    void aLoopingRuleFailsItsOwnEvaluationsAndCannotGoLive() {
        String before = activeVersion();
        String loop = """
                package eligibility;
                import org.acarules.facts.*;
                rule "LOOP-001 A rule that never stops"
                    @citation("none")
                when
                    $h : Household()
                then
                    update($h);
                end
                """;
        String draft = draft(Map.of("base", "active", "files", Map.of("rules/eligibility/loop.drl", loop))).then()
                .statusCode(200).body("compiles", equalTo(true)).extract().path("version");
        given().contentType("application/json").header("X-Ruleset-Version", draft).body(HOUSEHOLD_AT_447)
                .post("/api/v1/eligibility").then().statusCode(500)
                .body("errors[0].message", containsString("looping")).body("errors[0].code", equalTo("rules_looping"));
        // the scenario run stops an endpoint's cases at its first loop: one failure each, the rest skipped and why
        var run = given().contentType("application/json").body("{}").post("/api/v1/rulesets/" + draft + "/scenario-runs")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> failed = run.getList("cases.findAll { it.status == 'failed' }");
        assertTrue(!failed.isEmpty() && failed.size() <= 3, "failed: " + failed);
        failed.forEach(c -> assertTrue(String.valueOf(c.get("differences")).contains("rules_looping"), String.valueOf(c)));
        List<Map<String, Object>> stopped = run.getList("cases.findAll { it.status == 'skipped' && it.differences[0].contains('firing limit') }");
        assertTrue(stopped.size() > 100, "eligibility cases skipped after the loop: " + stopped.size());
        assertTrue(String.valueOf(stopped.get(0).get("differences")).contains("not run: case " + failed.get(0).get("id")),
                String.valueOf(stopped.get(0)));
        given().contentType("application/json").body(HOUSEHOLD_AT_447).post("/api/v1/eligibility").then()
                .statusCode(200).body("ruleset_version", equalTo(before));
        given().contentType("application/json").body("{}").post("/api/v1/rulesets/" + draft + "/activate").then()
                .statusCode(409);
        assertEquals(before, activeVersion());
    }

    @Test
    void reloadActivatesTheFolders() {
        given().post("/api/v1/rulesets/reload").then().statusCode(200).body("action", equalTo("reload"))
                .body("version", not(equalTo(null)));
    }
}
