package org.acarules.workbench;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The workbench's role rules over HTTP, without a browser (WorkbenchBrowserIT walks them in one): who may open which
 * page, and that the API keeps answering 401, not a redirect to the sign-in page.
 */
@QuarkusTest
class WorkbenchAccessTest {
    /** The session cookie of a form sign-in. */
    private static String session(String user) {
        Response signIn = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", user).formParam("j_password", user).post("/j_security_check");
        signIn.then().statusCode(302).header("Location", endsWith("/workbench"));
        return signIn.getCookie("quarkus-credential");
    }

    @Test
    void signedOutPagesLeadToTheSignInFormAndTheApiStillChallenges() {
        given().redirects().follow(false).get("/workbench/catalog").then().statusCode(302)
                .header("Location", endsWith("/workbench/sign-in"));
        given().get("/workbench/sign-in").then().statusCode(200).body(containsString("j_security_check"));
        given().redirects().follow(false).get("/").then().statusCode(303).header("Location", endsWith("/workbench"));
        given().get("/api/v1/rulesets").then().statusCode(401);
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded").formParam("j_username", "analyst")
                .formParam("j_password", "wrong").post("/j_security_check").then().statusCode(302)
                .header("Location", containsString("/workbench/sign-in?failed=true"));
    }

    @Test
    void aClientIsSentBackToTheSignInPageAndRefusedEveryPage() {
        String client = session("client");
        given().redirects().follow(false).cookie("quarkus-credential", client).get("/workbench").then().statusCode(303)
                .header("Location", endsWith("/workbench/sign-in"));
        given().cookie("quarkus-credential", client).get("/workbench/sign-in").then().statusCode(200)
                .body(containsString("not use the workbench"));
        given().cookie("quarkus-credential", client).get("/workbench/catalog").then().statusCode(403);
        given().cookie("quarkus-credential", client).get("/workbench/versions").then().statusCode(403);
    }

    @Test
    void anAnalystOpensThePagesButCannotActivateOrRollBack() {
        String analyst = session("analyst");
        given().cookie("quarkus-credential", analyst).get("/workbench").then().statusCode(200)
                .body(containsString("Active version"));
        given().cookie("quarkus-credential", analyst).get("/workbench/catalog?q=MCD-010").then().statusCode(200)
                .body(containsString("rules/eligibility/medicaid.drl:"));
        given().cookie("quarkus-credential", analyst).contentType("application/x-www-form-urlencoded")
                .formParam("reason", "not mine to do").post("/workbench/versions/active/activate").then().statusCode(403);
        given().cookie("quarkus-credential", analyst).contentType("application/x-www-form-urlencoded")
                .formParam("reason", "not mine to do").post("/workbench/versions/active/rollback").then().statusCode(403);
        given().cookie("quarkus-credential", analyst).contentType("application/x-www-form-urlencoded")
                .post("/workbench/reevaluations").then().statusCode(403);
    }

    @Test
    void aJobsPageShowsItsSummaryToAnAnalystAndOnlyAnAdministratorCancelsOrResumes() {
        String admin = session("admin");
        given().redirects().follow(false).cookie("quarkus-credential", admin).contentType("application/x-www-form-urlencoded")
                .formParam("dry-run", "true").post("/workbench/reevaluations").then().statusCode(303);
        String home = given().cookie("quarkus-credential", admin).get("/workbench").then().statusCode(200).extract().asString();
        Matcher link = Pattern.compile("href=\"/workbench/jobs/(\\d+)\"").matcher(home);
        assertTrue(link.find(), "the home page's job list links to the job's page");
        String job = "/workbench/jobs/" + link.group(1);

        String analyst = session("analyst");
        given().cookie("quarkus-credential", analyst).get(job).then().statusCode(200)
                .body(containsString("Re-evaluation job " + link.group(1)), containsString("id=\"transitions\""),
                        containsString("id=\"money\""), not(containsString("cancel-job")), not(containsString("resume-job")));
        given().cookie("quarkus-credential", analyst).post(job + "/cancel").then().statusCode(403);
        given().cookie("quarkus-credential", analyst).post(job + "/resume").then().statusCode(403);
        given().cookie("quarkus-credential", analyst).get(job + "?page=-1").then().statusCode(400)
                .body(containsString("page"));
        given().cookie("quarkus-credential", analyst).get("/workbench/jobs/987654321").then().statusCode(404);

        given().redirects().follow(false).cookie("quarkus-credential", admin).post(job + "/cancel").then().statusCode(303)
                .header("Location", endsWith(job + "?notice=job-cancelled"));
    }

    @Test
    void theSearchFindsScenariosAndAScenarioPageShowsWhatTheVersionAnswers() {
        String analyst = session("analyst");
        // MCD-S01's sentence, as tests/eligibility/medicaid_expansion.yaml writes it
        given().cookie("quarkus-credential", analyst).queryParam("q", "exactly 138% ohio").get("/workbench/catalog").then().statusCode(200)
                .body(containsString("href=\"/workbench/scenarios/MCD-S01?"), containsString("tests/eligibility/medicaid_expansion.yaml"));
        given().cookie("quarkus-credential", analyst).get("/workbench/scenarios/MCD-S01").then().statusCode(200)
                .body(containsString("91 FR 1797"), containsString("&quot;filing_status&quot; : &quot;single&quot;"),
                        containsString("<td class=\"outcome\">medicaid"));
        given().cookie("quarkus-credential", analyst).get("/workbench/scenarios/NO-SUCH-CASE").then().statusCode(404);
        given().cookie("quarkus-credential", session("client")).get("/workbench/scenarios/MCD-S01").then().statusCode(403);
    }

    @Test
    void aHouseholdTriedInThePageIsAnsweredAndBadJsonNamesTheField() {
        String analyst = session("analyst");
        given().cookie("quarkus-credential", analyst).get("/workbench/try").then().statusCode(200)
                .body(containsString("&quot;filing_status&quot;: &quot;single&quot;"));
        given().cookie("quarkus-credential", analyst).contentType("application/x-www-form-urlencoded")
                .formParam("version", "active").formParam("request", TryPage.EXAMPLE).post("/workbench/try").then()
                .statusCode(200).body(containsString("<td class=\"outcome\">"), containsString("id=\"answer-people\""));
        given().cookie("quarkus-credential", analyst).contentType("application/x-www-form-urlencoded")
                .formParam("request", TryPage.EXAMPLE.replace("\"income\": 31500", "\"income\": \"lots\""))
                .post("/workbench/try").then().statusCode(422)
                .body(containsString("household.income"), not(containsString("Exception")), not(containsString("org.acarules")));
        given().cookie("quarkus-credential", analyst).contentType("application/x-www-form-urlencoded")
                .formParam("request", "{\"year\": 2026,").post("/workbench/try").then().statusCode(422)
                .body(containsString("request-errors"));
        given().cookie("quarkus-credential", analyst).contentType("application/x-www-form-urlencoded")
                .formParam("request", TryPage.EXAMPLE.replace("\"year\": 2026,", "")).post("/workbench/try").then()
                .statusCode(422).body(containsString("<span class=\"mono\">year</span>"));
    }

    @Test
    void aTriedHouseholdBecomesAScenarioInANewDraftOnlyWithASentenceAndASource() {
        String analyst = session("analyst");
        given().cookie("quarkus-credential", analyst).contentType("application/x-www-form-urlencoded")
                .formParam("version", "active").formParam("request", TryPage.EXAMPLE).formParam("id", "TRY-ACCESS-1")
                .formParam("sentence", "A single adult in Texas at about 200% FPL gets the premium tax credit.")
                .formParam("source", " ").post("/workbench/try/scenario").then().statusCode(422)
                .body(containsString("id=\"scenario-problems\""), containsString("<span class=\"mono\">source</span>"));
        given().cookie("quarkus-credential", analyst).contentType("application/x-www-form-urlencoded")
                .formParam("version", "active").formParam("request", TryPage.EXAMPLE).formParam("id", "MCD-S01")
                .formParam("sentence", "s").formParam("source", "s").post("/workbench/try/scenario").then().statusCode(422)
                .body(containsString("MCD-S01 exists already"));

        Response added = given().redirects().follow(false).cookie("quarkus-credential", analyst)
                .contentType("application/x-www-form-urlencoded").formParam("version", "active")
                .formParam("request", TryPage.EXAMPLE).formParam("id", "TRY-ACCESS-1")
                .formParam("sentence", "A single adult in Texas at about 200% FPL gets the premium tax credit.")
                .formParam("source", "26 USC 36B(c)(1)(A): household income between 100% and 400% of the poverty line")
                .post("/workbench/try/scenario");
        added.then().statusCode(303).header("Location", containsString("notice=scenario-added"));
        String draft = added.getHeader("Location").replaceAll(".*/workbench/versions/([0-9a-f]+)\\?.*", "$1");
        given().cookie("quarkus-credential", analyst).get("/workbench/versions/" + draft).then().statusCode(200)
                .body(containsString("tests/workbench/try-access-1.yaml"));
        given().cookie("quarkus-credential", analyst)
                .get("/workbench/versions/" + draft + "/edit?file=tests/workbench/try-access-1.yaml").then().statusCode(200)
                .body(containsString("id: TRY-ACCESS-1"), containsString("26 USC 36B(c)(1)(A)"),
                        containsString("check each against the source"));
    }

    @Test
    void aZipOfSeveralFilesIsOneDraftAndItsProblemsAreShownAtTheirFileAndLine() throws Exception {
        String analyst = session("analyst");
        String broken = "package org.acarules.rules.eligibility;\n\nrule \"BROKEN-1 not a rule\"\nwhen\n    this is not drl\nthen\nend\n";
        byte[] zip = zip(Map.of("rules/eligibility/broken.drl", broken, "tests/workbench/empty.yaml", "cases: []\n"));
        given().cookie("quarkus-credential", analyst).multiPart("zip", "draft.zip", zip, "application/zip")
                .post("/workbench/versions/active/uploads").then().statusCode(422)
                .body(containsString("rules/eligibility/broken.drl:"), containsString("tests/workbench/empty.yaml"),
                        not(containsString("Exception")));
        given().cookie("quarkus-credential", analyst).multiPart("zip", "draft.zip", zip(Map.of("notes/x.txt", "x")), "application/zip")
                .post("/workbench/versions/active/uploads").then().statusCode(422)
                .body(containsString("notes/x.txt: must lie under rules/, benefit-definitions/ or tests/"));
        given().cookie("quarkus-credential", analyst).multiPart("zip", "draft.zip", "not a zip".getBytes(), "application/zip")
                .post("/workbench/versions/active/uploads").then().statusCode(422).body(containsString("id=\"problems\""));

        String scenario = "cases:\n- id: ZIP-1\n  name: n\n  source: s\n  endpoint: POST /api/v1/eligibility\n";
        given().redirects().follow(false).cookie("quarkus-credential", analyst)
                .multiPart("zip", "draft.zip", zip(Map.of("tests/workbench/zip-1.yaml", scenario)), "application/zip")
                .post("/workbench/versions/active/uploads").then().statusCode(303)
                .header("Location", containsString("notice=uploaded"));
        given().cookie("quarkus-credential", session("client")).multiPart("zip", "draft.zip", zip, "application/zip")
                .post("/workbench/versions/active/uploads").then().statusCode(403);
    }

    private static byte[] zip(Map<String, String> files) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> f : files.entrySet()) {
                out.putNextEntry(new ZipEntry(f.getKey()));
                out.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
