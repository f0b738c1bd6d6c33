package org.acarules.scenarios;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.acarules.engine.ActiveRuleset;
import org.acarules.engine.RuleInfo;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every analyst scenario in tests/ through the REST API, then checks that every rule of the
 * active ruleset fired in at least one scenario (and prints those that did not).
 */
@QuarkusTest
class ScenarioTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SCENARIOS = Path.of("tests");

    @Inject
    ActiveRuleset active;

    @TestFactory
    Stream<DynamicTest> scenarios() {
        List<ScenarioCase> cases = ScenarioFiles.load(SCENARIOS);
        assertFalse(cases.isEmpty(), "no scenarios found under " + SCENARIOS.toAbsolutePath());
        Set<String> fired = new TreeSet<>();
        Stream<DynamicTest> each = cases.stream().map(c -> DynamicTest.dynamicTest(
                c.id() + " " + c.name(), SCENARIOS.resolve(SCENARIOS.relativize(c.file())).toUri(), () -> run(c, fired)));
        DynamicTest coverage = DynamicTest.dynamicTest("every rule fires in at least one scenario", () -> {
            List<String> never = active.get().rules().stream().map(RuleInfo::id).filter(id -> !fired.contains(id))
                    .sorted().toList();
            if (!never.isEmpty()) {
                System.out.println("Rules no scenario exercises: " + never);
            }
            assertTrue(never.isEmpty(), "rules no scenario exercises: " + never);
        });
        return Stream.concat(each, Stream.of(coverage));
    }

    @SuppressWarnings("unchecked")
    private final Set<Path> setUp = new java.util.HashSet<>();

    /** Makes a file's setup requests once, before its first case. */
    private void setUp(ScenarioCase c) throws Exception {
        if (!setUp.add(c.file())) {
            return;
        }
        for (ScenarioCase.SetupStep step : c.setup()) {
            Response response = given().auth().preemptive().basic("admin", "admin").contentType(step.contentType())
                    .body(java.nio.file.Files.readString(step.bodyFile()))
                    .request(step.method(), step.path());
            if (response.statusCode() != 200) {
                fail(c.file() + ": setup " + step.method() + " " + step.path() + " answered " + response.statusCode()
                        + ": " + response.asString());
            }
        }
    }

    private void run(ScenarioCase c, Set<String> fired) throws Exception {
        setUp(c);
        boolean traceable = c.path().startsWith("/api/v1/") && !c.path().contains("?") && "POST".equals(c.method());
        var request = given().contentType("application/json");
        if (c.request() != null) {
            request = request.body(JSON.writeValueAsString(c.request()));
        }
        if (traceable) {
            request = request.queryParam("trace", "true");
        }
        Response response = request.request(c.method(), c.path());
        String body = response.asString();
        if (response.statusCode() != c.expectStatus()) {
            fail(c.id() + ": expected HTTP " + c.expectStatus() + ", got " + response.statusCode() + ": " + body
                    + "\nsource: " + c.source());
        }
        Map<String, Object> actual = body.isBlank() ? Map.of() : JSON.readValue(body, Map.class);
        Object trace = actual.get("trace");
        if (trace instanceof List<?> entries) {
            for (Object entry : entries) {
                fired.add(String.valueOf(((Map<String, Object>) entry).get("rule")));
            }
        }
        List<String> problems = new ArrayList<>();
        if (c.expect() != null) {
            problems.addAll(SubsetMatcher.differences(c.expect(), actual, c.tolerance()));
        }
        if (!c.expectErrors().isEmpty()) {
            Set<String> fields = ((List<Map<String, Object>>) actual.getOrDefault("errors", List.of())).stream()
                    .map(e -> String.valueOf(e.get("field"))).collect(Collectors.toSet());
            for (String field : c.expectErrors()) {
                if (!fields.contains(field)) {
                    problems.add("errors: no error for field '" + field + "' (got " + fields + ")");
                }
            }
        }
        if (!problems.isEmpty()) {
            fail(c.id() + " (" + c.file().getFileName() + "):\n  " + String.join("\n  ", problems) + "\nsource: "
                    + c.source().strip() + "\nresponse: " + body);
        }
    }
}
