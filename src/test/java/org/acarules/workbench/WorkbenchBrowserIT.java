package org.acarules.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.acarules.batch.ServiceJar;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The analysts' workbench in a real browser (Debian's chromium, headless) on the packaged service: an analyst's
 * journey (search, edit a parameter, see the validation error at its line, fix it, run the scenarios, compare), an
 * administrator's (activation refused for the failing cases, then a draft that passes activated, the next evaluation
 * answering with it, roll back), and the role checks. Screenshots: target/workbench-screenshots/NN-*.png; every page
 * passes axe-core's WCAG 2.1 AA check without a serious or critical violation.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchBrowserIT {
    private static final Path APP = Path.of("target/quarkus-app");
    private static final Path DIR = Path.of("target/workbench-browser-it");
    private static final String CEILING = "benefit-definitions/parameters/gov/aca/ptc/income_ceiling.yaml";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String HOUSEHOLD = """
            {"year": 2026, "place": {"state": "TX", "countyfips": "48201", "zipcode": "77002"},
             "household": {"income": 31500, "filing_status": "single",
               "people": [{"id": "pat", "age": 40, "relationship": "self", "immigration_status": "citizen"}]},
             "benchmark_premium": {"monthly": 625.00}}""";

    private static ServiceJar service;
    private static Browser browser;
    private static String original;
    /** The analyst's draft: the 2026 APTC income ceiling lowered from 400% to 350% of the poverty line. */
    private static String lowerCeilingDraft;

    @BeforeAll
    static void start() throws Exception {
        Browser.recreate(DIR);
        Browser.deleteScreenshots(name -> !name.startsWith("pools-")); // WorkbenchPoolsBrowserIT's are its own
        service = ServiceJar.start(APP, DIR, ServiceJar.database(DIR), List.of("-Xmx768m"), Map.of());
        browser = new Browser(service.uri("").toString());
        original = Files.readString(Path.of(CEILING));
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            Files.writeString(Browser.SCREENSHOTS.resolve("page-server-times.txt"), browser.serverMillis().entrySet()
                    .stream().map(e -> e.getKey() + " " + e.getValue() + " ms").collect(Collectors.joining("\n", "", "\n")));
            browser.close();
        }
        if (service != null) {
            service.close();
        }
    }

    @Test
    @Order(1)
    void aClientCannotOpenTheWorkbenchAndTheApiStillAnswers401() throws Exception {
        browser.signIn("client", "client");
        assertTrue(browser.path().startsWith("/workbench/sign-in"), "a client is sent back to the sign-in page");
        assertTrue(browser.text(".alert--error").contains("not use the workbench"));
        browser.check("client-refused");
        assertEquals(403, status("GET", "/workbench/catalog", browser.sessionCookie(), null));
        browser.signOut();

        browser.open("/workbench/catalog");
        assertTrue(browser.path().startsWith("/workbench/sign-in"), "signed out, a page leads to the sign-in form");
        browser.check("sign-in");

        HttpResponse<String> api = HTTP.send(HttpRequest.newBuilder(service.uri("/api/v1/rulesets")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, api.statusCode(), "the API challenges, it never redirects to the sign-in page");
    }

    @Test
    @Order(2)
    void anAnalystFindsEditsTestsAndComparesButCannotActivate() throws Exception {
        browser.signIn("analyst", "analyst");
        assertEquals("/workbench/catalog", browser.path(), "after signing in, the page asked for before");
        browser.open("/workbench");
        assertTrue(browser.text("#active-heading").contains("Active version"));
        browser.check("home-analyst");

        browser.open("/workbench/catalog");
        browser.find("#q").sendKeys("income ceiling");
        browser.submit("form.search button", "#parameters-heading");
        assertTrue(browser.text("#parameters-heading").contains("(1)"), browser.text("#parameters-heading"));
        browser.check("search");
        browser.submit("a[href^='/workbench/parameters/gov.aca.ptc.income_ceiling']", "#parameter-chart");
        assertFalse(browser.findAll("#parameter-chart").isEmpty(), "a step chart of the values");
        browser.check("parameter");

        browser.submit("a[href*='edit?file=" + CEILING + "']", "#save");
        String broken = original.replace("    value: 4.0\n    reference: 26 USC 36B(c)(1)(E)",
                "    value: four\n    reference: 26 USC 36B(c)(1)(E)");
        assertNotEquals(original, broken);
        int brokenLine = lineOf(broken, "value: four");
        save(broken);
        String problem = browser.text("#problems li.problem");
        assertTrue(problem.startsWith(CEILING + ":" + brokenLine), problem);
        Object marked = browser.script("return workbenchEditor.getLineHandle(arguments[0] - 1).bgClass;", brokenLine);
        assertEquals("problem-line", marked, "the line at fault is marked in the editor");
        browser.check("validation-error");

        save(broken.replace("value: four", "value: 3.5"));
        assertTrue(browser.text(".alert--success").contains("compiles"));
        lowerCeilingDraft = browser.text("#version-id");
        assertTrue(browser.findAll("#activate").isEmpty(), "an analyst is not offered activation");
        assertTrue(browser.text("#admin-only").contains("Only an administrator"));
        browser.check("draft-saved-analyst");
        assertEquals(403, status("POST", "/workbench/versions/" + lowerCeilingDraft + "/activate",
                browser.sessionCookie(), "reason=analysts+cannot"), "an analyst's activation is refused");

        browser.submit("#run-scenarios", "#scenario-summary");
        String summary = browser.text("#scenario-summary");
        assertTrue(summary.matches("\\d+ passed, [1-9]\\d* failed, \\d+ skipped of \\d+ cases\\."), summary);
        assertTrue(browser.text("#scenario-cases tr.case--failed").contains("expected"), "a failure shows what differs");
        browser.check("scenario-run-failures");

        browser.open("/workbench/versions/" + lowerCeilingDraft);
        browser.submit("#compare", "#transitions");
        assertTrue(browser.text("#transitions").contains("aptc marketplace"), browser.text("#transitions"));
        assertFalse(browser.text("#moved-people").startsWith("0 "), browser.text("#moved-people"));
        browser.check("comparison");
        browser.signOut();
    }

    @Test
    @Order(3)
    void anAnalystFindsAScenarioTriesAHouseholdAndAddsItAsAScenarioThatPasses() throws Exception {
        browser.signIn("analyst", "analyst");
        browser.open("/workbench/catalog");
        browser.find("#q").sendKeys("exactly 138% ohio");
        browser.submit("form.search button", "#scenarios-heading");
        assertTrue(browser.text("#scenarios").contains("MCD-S01"), browser.text("#scenarios-heading"));
        browser.check("scenario-search");
        browser.submit("#scenarios a[href^='/workbench/scenarios/MCD-S01']", "#scenario-request");
        assertTrue(browser.text("#scenario-source").contains("91 FR 1797"), "the case's source");
        assertTrue(browser.text("#answer-people").contains("MCD-010"), "the rule that makes pat eligible, cited");
        browser.check("scenario");

        browser.open("/workbench/try");
        browser.script("document.getElementById('request').value = arguments[0];",
                HOUSEHOLD.replace("\"income\": 31500", "\"income\": \"lots\""));
        browser.submit("#evaluate", "#request-errors, #answer-people");
        assertTrue(browser.text("#request-errors").contains("household.income"), browser.text("#request-errors"));
        browser.check("try-household-bad-json");

        browser.script("document.getElementById('request').value = arguments[0];", HOUSEHOLD);
        browser.submit("#evaluate", "#request-errors, #answer-people");
        // 31,500 / 15,650 (2025 guideline, one person) = 201% FPL: the credit (26 USC 36B(c)(1)(A)), and the CSR
        // variant of the band over 200% to 250%, 73 (45 CFR 155.305(g)(2)(iii))
        assertEquals("aptc (CSR 73)", browser.text("#answer-people td.outcome"));
        assertTrue(browser.text("#expected-warning").contains("what this version answers now"));
        browser.find("#scenario-id").sendKeys("TRY-001");
        browser.find("#scenario-sentence").sendKeys("A single adult in Texas at about 200% FPL gets the premium tax credit.");
        browser.find("#scenario-source").sendKeys("   "); // blank: past the browser's own "required" check, refused by the server
        browser.submit("#add-scenario", "#scenario-problems, #version-id");
        assertTrue(browser.text("#scenario-problems").contains("source"), "the source is required");
        browser.check("scenario-without-source");

        browser.find("#scenario-source").clear();
        browser.find("#scenario-source").sendKeys("26 USC 36B(c)(1)(A): income 31,500 / 2025 guideline 15,650 = 201% FPL,"
                + " within 100% to 400%: the credit");
        browser.submit("#add-scenario", "#scenario-problems, #version-id");
        String draft = browser.text("#version-id");
        assertTrue(browser.text(".files").contains("tests/workbench/try-001.yaml"), browser.text(".files"));
        browser.check("scenario-added");
        browser.submit("#run-scenarios", "#scenario-summary");
        String newCase = browser.findAll("#scenario-cases tr").stream().filter(r -> r.getText().contains("TRY-001"))
                .map(r -> r.getAttribute("class")).findFirst().orElse("missing");
        assertEquals("case case--passed", newCase, "the new case runs with the scenario folder's, and passes on " + draft);
        assertTrue(browser.text("#scenario-summary").contains(" 0 failed"), browser.text("#scenario-summary"));
        browser.check("scenario-run-new-case");
        // the draft's own scenario is found in its catalogue, and opens with the draft's answer; not in the active one's
        browser.open("/workbench/catalog?version=" + draft + "&q=TRY-001");
        assertTrue(browser.text("#scenarios").contains("TRY-001"), browser.text("#scenarios-heading"));
        browser.submit("#scenarios a[href^='/workbench/scenarios/TRY-001']", "#scenario-request");
        assertTrue(browser.text("main").contains("pat"), "the draft's scenario page shows the case");
        browser.open("/workbench/catalog?q=TRY-001");
        assertTrue(browser.findAll("#scenarios a[href^='/workbench/scenarios/TRY-001']").isEmpty(), "not a case of the active version");
        browser.signOut();
    }

    @Test
    @Order(4)
    void anAdministratorIsRefusedAFailingVersionActivatesAPassingOneAndRollsBack() throws Exception {
        String before = evaluatedWith();
        browser.signIn("admin", "admin");
        browser.open("/workbench/versions/" + lowerCeilingDraft);
        browser.find("#activate-reason").sendKeys("lower ceiling for the 2026 plan year");
        browser.submit("#activate", "#refusal, .alert--success");
        String refusal = browser.text("#refusal");
        assertTrue(refusal.startsWith("Not activated") && refusal.contains("fails"), refusal);
        browser.check("activation-refused");
        assertEquals(before, evaluatedWith());

        browser.open("/workbench/versions/active/edit?file=" + CEILING);
        save(original.replace("expired for taxable years beginning after 2025", "expired for tax years beginning after 2025"));
        String draft = browser.text("#version-id");
        browser.submit("#run-scenarios", "#scenario-summary");
        assertTrue(browser.text("#scenario-summary").contains(" 0 failed"), browser.text("#scenario-summary"));
        browser.check("scenario-run-passing");

        browser.open("/workbench/versions/" + draft);
        browser.find("#activate-reason").sendKeys("reference wording");
        browser.submit("#activate", "#refusal, .alert--success");
        assertEquals("/workbench?notice=activated", browser.path());
        assertTrue(browser.text(".facts").contains(draft) && browser.text(".facts").contains("reference wording"));
        browser.check("activated");
        assertEquals(draft, evaluatedWith(), "the next evaluation answers with the activated version");

        browser.open("/workbench/versions/" + draft);
        browser.find("#rollback-reason").sendKeys("demonstration over");
        browser.submit("#rollback", "#refusal, .alert--success");
        assertEquals("/workbench?notice=rolled-back", browser.path());
        browser.check("rolled-back");
        assertEquals(before, evaluatedWith(), "after the rollback the version before answers again");

        storeApplicants(20);
        browser.find("#dry-run").click();
        browser.submit("#start-reevaluation", "#jobs");
        browser.await("#jobs tr[data-job] .job-status", "completed");
        browser.check("reevaluation-started");

        // the analyst's lower ceiling, re-evaluated over the stored applicants against the version active now
        String started = service.post("/api/v1/reevaluations", "application/json", HttpRequest.BodyPublishers.ofString(
                "{\"ruleset_version\": \"" + lowerCeilingDraft + "\", \"compare_to\": \"" + before + "\", \"dry_run\": true}"), 202);
        long job = JSON.readTree(started).path("id").asLong();
        browser.open("/workbench");
        browser.submit("#jobs a[href='/workbench/jobs/" + job + "']", "#job-progress");
        browser.await("#job-status", "completed"); // the page follows the job, and shows the final summary once it ends
        assertTrue(browser.findAll("#cancel-job").isEmpty(), "a completed job cannot be cancelled");
        assertTrue(browser.text("#transitions").contains("aptc marketplace"), browser.text("#transitions"));
        assertTrue(browser.text("#money").contains("-$"), "the APTC total drops: " + browser.text("#money"));
        assertFalse(browser.findAll("#changes tr.moved").isEmpty(), "the changed households, before and after");
        // by state and by income band, as the API's summary has them: the people who change outcome sit in some band
        JsonNode summary = JSON.readTree(service.get("/api/v1/reevaluations/" + job + "/summary"));
        long movedInBands = 0;
        for (JsonNode band : summary.path("by_fpl_band")) {
            for (JsonNode t : band) {
                movedInBands += t.path("before").asText().equals(t.path("after").asText()) ? 0 : t.path("persons").asLong();
            }
        }
        assertTrue(movedInBands > 0, summary.toString());
        long movedOnPage = browser.findAll("#by-fpl-band tbody tr").stream()
                .mapToLong(r -> Long.parseLong(r.findElements(org.openqa.selenium.By.cssSelector("td")).get(1).getText())).sum();
        assertEquals(movedInBands, movedOnPage, browser.text("#by-fpl-band"));
        assertEquals(summary.path("by_state").size(), browser.findAll("#by-state tbody tr").size(), browser.text("#by-state"));
        browser.check("job-summary");
    }

    @Test
    @Order(5)
    void anAnalystUploadsSeveralFilesAsOneDraftAndSeesTheErrorAtItsFileAndLine() throws Exception {
        browser.signIn("analyst", "analyst");
        String drl = "package org.acarules.rules.eligibility;\n\nrule \"ZIP-001 broken\"\nwhen\n    this is not drl\nthen\nend\n";
        Path zip = DIR.resolve("draft.zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            for (Map.Entry<String, String> f : Map.of("rules/eligibility/zip_broken.drl", drl, CEILING,
                    original.replace("expired for taxable years", "expired for tax years")).entrySet()) {
                out.putNextEntry(new java.util.zip.ZipEntry(f.getKey()));
                out.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        browser.open("/workbench/versions/active");
        browser.find("#zip").sendKeys(zip.toAbsolutePath().toString());
        browser.submit("#upload", "#problems, #version-id");
        String problem = browser.text("#problems li.problem");
        assertTrue(problem.startsWith("rules/eligibility/zip_broken.drl:" + lineOf(drl, "this is not drl")), problem);
        assertTrue(browser.text("#uploaded-files").contains(CEILING), "the zip's files are listed");
        browser.check("upload-error");
        browser.signOut();
    }

    @Test
    @Order(6)
    void everyPageIsTimedWarm() throws Exception {
        browser.signIn("analyst", "analyst");
        for (int round = 0; round < 3; round++) { // the last round's times are kept
            browser.time("home", "/workbench");
            browser.time("catalog", "/workbench/catalog");
            browser.time("search", "/workbench/catalog?q=income+ceiling");
            browser.time("parameter", "/workbench/parameters/gov.aca.ptc.income_ceiling");
            browser.time("versions", "/workbench/versions");
            browser.time("version", "/workbench/versions/active");
            browser.time("scenario", "/workbench/scenarios/MCD-S01");
            browser.time("try", "/workbench/try");
            browser.time("job", "/workbench/jobs/1");
            browser.time("editor", "/workbench/versions/active/edit?file=rules/eligibility/medicaid.drl");
        }
        assertEquals("/workbench/versions/active/edit?file=rules/eligibility/medicaid.drl", browser.path());
    }

    @Test
    @Order(7)
    void everyPagePassedAxeCoreAndFitsTheWindow() {
        assertEquals(List.of(), browser.accessibilityFailures(), "axe-core: serious or critical violations");
        assertEquals(List.of(), browser.layoutFailures(), "pages that do not fit the window's width");
    }

    /** Stores {@code n} applicants over the API (JSON Lines import), for a re-evaluation to work on. */
    private static void storeApplicants(int n) throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < n; i++) {
            lines.append("{\"external_id\": \"wb-").append(i).append("\", \"request\": ")
                    .append(HOUSEHOLD.replace("31500", String.valueOf(15000 + 2500 * i)).replace('\n', ' ')).append("}\n");
        }
        service.post("/api/v1/applicants", "application/x-ndjson", HttpRequest.BodyPublishers.ofString(lines.toString()), 200);
    }

    /** Puts {@code text} in the editor (as typing would, through CodeMirror) and saves the draft. */
    private static void save(String text) {
        browser.script("workbenchEditor.setValue(arguments[0]);", text);
        browser.submit("#save", "#problems, #version-id");
    }

    private static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(needle);
    }

    /** The ruleset version an eligibility evaluation answers with, asked as a client over Basic. */
    private static String evaluatedWith() throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(service.uri("/api/v1/eligibility"))
                .header("Authorization", basic("client", "client")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(HOUSEHOLD)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        return JSON.readTree(answer.body()).path("ruleset_version").asText();
    }

    /** The status of a request made with a workbench session (the browser's cookie), without following redirects. */
    private static int status(String method, String path, String session, String form) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(service.uri(path)).header("Cookie", "quarkus-credential=" + session);
        if (form != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded");
        }
        request.method(method, form == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(form));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

}
