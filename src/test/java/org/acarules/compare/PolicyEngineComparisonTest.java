package org.acarules.compare;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The rules against PolicyEngine-US's own test suite (issue 16): each case of
 * src/test/resources/policyengine/cases.yaml (translated by translate.py from PE's YAML tests at a pinned commit) is
 * posted to /api/v1/eligibility with ?trace=true, and each output PE states is read from our answer as the file's
 * {@code compared_outputs} says. The report goes to target/policyengine-comparison.md.
 *
 * <p>PE is a yardstick, not an oracle: the test asserts only that every request is answered 200 (or the 422 a case
 * documents with {@code expect_status}), that every differing case carries a written verdict, and that the number of
 * agreeing cases is the {@code expected_agreement} recorded in the file, so that a change moving a case fails here
 * and is looked at.
 */
@QuarkusTest
class PolicyEngineComparisonTest {
    private static final Path CASES = Path.of("src/test/resources/policyengine/cases.yaml");
    private static final Path REPORT = Path.of("target/policyengine-comparison.md");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theRulesAgreeWithPolicyEngineOnTheRecordedNumberOfCases() throws IOException {
        JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(CASES.toFile());
        List<String> rows = new ArrayList<>();
        List<String> unexplained = new ArrayList<>();
        List<String> wrongStatus = new ArrayList<>();
        int agree = 0;
        int total = 0;
        for (JsonNode c : doc.get("cases")) {
            total++;
            String id = c.get("id").asText();
            int expectStatus = c.path("expect_status").asInt(200);
            if (expectStatus != 200 && c.path("status_note").asText("").isBlank()) {
                wrongStatus.add(id + " expects " + expectStatus + " without a status_note saying why");
            }
            Response r = given().contentType("application/json").body(JSON.writeValueAsString(c.get("request")))
                    .post("/api/v1/eligibility?trace=true");
            if (r.statusCode() != expectStatus) {
                wrongStatus.add(id + " answered " + r.statusCode() + " (expected " + expectStatus + "): " + r.asString());
                continue;
            }
            JsonNode answer = r.statusCode() == 200 ? JSON.readTree(r.asString()) : null;
            StringBuilder pe = new StringBuilder();
            StringBuilder ours = new StringBuilder();
            boolean same = true;
            var fields = c.get("pe_expects").fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> e = fields.next();
                JsonNode expected = e.getValue();
                List<JsonNode> perPerson = new ArrayList<>();
                if (expected.isArray()) {
                    expected.forEach(perPerson::add);
                } else {
                    perPerson.add(expected);
                }
                List<String> peVals = new ArrayList<>();
                List<String> ourVals = new ArrayList<>();
                for (int i = 0; i < perPerson.size(); i++) {
                    JsonNode want = perPerson.get(i);
                    String got = answer == null ? r.statusCode() + " " + JSON.readTree(r.asString()).path("errors").path(0)
                            .path("message").asText() : ours(e.getKey(), answer, i);
                    peVals.add(want.asText());
                    ourVals.add(got);
                    if (answer == null) {
                        same = false; // a documented 422 is an answer PE's figure cannot be compared with
                        break;
                    }
                    if (!matches(want, got, c.path("pe_margin"))) {
                        same = false;
                    }
                }
                pe.append(e.getKey()).append(": ").append(String.join(", ", peVals)).append("; ");
                ours.append(e.getKey()).append(": ").append(String.join(", ", ourVals)).append("; ");
            }
            if (same) {
                agree++;
            } else if (c.path("verdict").asText("").isBlank()) {
                unexplained.add(id);
            }
            rows.add("| " + id + " | " + esc(c.get("pe_file").asText().replaceFirst(".*/gov/", "gov/")) + ": "
                    + esc(c.get("pe_name").asText()) + " | " + esc(pe.toString()) + " | " + esc(ours.toString()) + " | "
                    + (same ? "yes" : "**no**: " + esc(c.path("verdict").asText(""))) + " |");
        }
        writeReport(doc, rows, agree, total);
        assertTrue(wrongStatus.isEmpty(), "requests not answered 200 or their documented 422: " + wrongStatus);
        assertTrue(unexplained.isEmpty(), "differing cases without a verdict: " + unexplained);
        assertEquals(doc.get("expected_agreement").asInt(), agree,
                "agreement moved (see " + REPORT + "); record the new number with a verdict for each difference");
    }

    /** Our answer to PE's variable for the i-th person (or the household), as text. */
    private static String ours(String variable, JsonNode answer, int i) {
        JsonNode person = answer.path("people").path(i);
        String pid = person.path("id").asText();
        JsonNode aptc = answer.path("household").path("aptc");
        return switch (variable) {
            case "is_adult_for_medicaid" -> fired(answer, pid, "MCD-010");
            case "is_parent_for_medicaid" -> fired(answer, pid, "MCD-011", "MCD-016");
            case "is_pregnant_for_medicaid" -> fired(answer, pid, "MCD-012");
            case "is_infant_for_medicaid" -> fired(answer, pid, "MCD-013");
            case "is_young_child_for_medicaid" -> fired(answer, pid, "MCD-014");
            case "is_older_child_for_medicaid" -> fired(answer, pid, "MCD-015");
            case "is_medicaid_immigration_status_eligible" -> fired(answer, pid, "MCD-001");
            case "is_medicaid_eligible" -> person.path("medicaid_eligible").asText();
            case "is_chip_eligible" -> person.path("chip_eligible").asText();
            case "is_chip_eligible_child" -> String.valueOf(person.path("chip_eligible").asBoolean()
                    && "child".equals(person.path("chip_category").asText()));
            case "is_chip_eligible_standard_pregnant_person" -> String.valueOf(person.path("chip_eligible").asBoolean()
                    && "pregnant".equals(person.path("chip_category").asText()));
            case "is_aca_ptc_eligible" -> person.path("aptc_eligible").asText();
            case "is_basic_health_program_eligible" ->
                    String.valueOf(!person.path("basic_health_program").isMissingNode()
                            && !person.path("basic_health_program").isNull());
            case "aca_required_contribution_percentage" -> aptc.path("eligible").asBoolean()
                    ? aptc.path("applicable_percentage").asText("0") : "0";
            case "aca_ptc" -> aptc.path("eligible").asBoolean() ? aptc.path("amount").path("annual").asText("0") : "0";
            default -> throw new IllegalArgumentException("no mapping for PE variable " + variable);
        };
    }

    private static String fired(JsonNode answer, String personId, String... rules) {
        for (JsonNode t : answer.path("trace")) {
            for (String rule : rules) {
                if (t.path("rule").asText().equals(rule)) {
                    for (JsonNode p : t.path("people")) {
                        if (p.asText().equals(personId)) {
                            return "true";
                        }
                    }
                }
            }
        }
        return "false";
    }

    private static boolean matches(JsonNode want, String got, JsonNode margin) {
        if (want.isBoolean() || want.asText().equalsIgnoreCase("true") || want.asText().equalsIgnoreCase("false")) {
            return want.asText().equalsIgnoreCase(got);
        }
        BigDecimal tolerance = margin.isMissingNode() || margin.isNull() ? new BigDecimal("0.01") : new BigDecimal(margin.asText());
        BigDecimal w = new BigDecimal(want.asText().replace("_", ""));
        return new BigDecimal(got).subtract(w).abs().compareTo(tolerance) <= 0;
    }

    private static void writeReport(JsonNode doc, List<String> rows, int agree, int total) throws IOException {
        Map<String, Integer> skipped = new TreeMap<>();
        doc.get("skipped_by_reason").fields().forEachRemaining(e -> skipped.put(e.getKey(), e.getValue().asInt()));
        StringBuilder md = new StringBuilder("# ACA Rules compared with PolicyEngine-US's tests\n\n")
                .append("Source: ").append(doc.get("source").asText()).append("\n\n")
                .append("Agree: ").append(agree).append(" of ").append(total).append(" translated cases; differ: ")
                .append(total - agree).append("; skipped: ")
                .append(skipped.values().stream().mapToInt(Integer::intValue).sum()).append("\n\n");
        skipped.forEach((k, v) -> md.append("- skipped, ").append(k).append(": ").append(v).append('\n'));
        md.append("\n| case | PE test | PE expects | we answer | agree? |\n| --- | --- | --- | --- | --- |\n");
        rows.forEach(r -> md.append(r).append('\n'));
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, md.toString(), StandardCharsets.UTF_8);
    }

    private static String esc(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
