package org.acarules.scenarios;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.acarules.engine.RulesetPin;
import org.acarules.engine.ActiveRuleset;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.acarules.engine.Ruleset;
import org.acarules.engine.RunawayRulesException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Runs scenario cases through this service's own REST API against a chosen ruleset version (the
 * X-Ruleset-Version header), exactly as a client would call it, and reports pass/fail and rule coverage.
 * Files with setup steps (which load data such as the demonstration catalogue) run only when asked to. Once a case
 * hits the firing limit (a rule loops), the remaining cases of the same endpoint are skipped: each would loop to
 * the limit too, and a looping draft's run (and its activation gate) would take minutes to say the same thing.
 */
@ApplicationScoped
public class ScenarioRunner {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_CASES_LISTED = 5;
    private final HttpClient http = HttpClient.newHttpClient();

    @Inject
    ActiveRuleset active;

    /** {@code authorization}: the caller's credentials, passed on so each evaluation is made as the caller. */
    public ScenarioRunReport run(Ruleset ruleset, List<ScenarioCase> cases, boolean runSetup, Credentials authorization) {
        Map<String, Integer> firings = new TreeMap<>();
        Map<String, List<String>> pinnedBy = new TreeMap<>();
        ruleset.rules().forEach(r -> firings.put(r.id(), 0));
        List<ScenarioResult> results = new ArrayList<>();
        Set<java.nio.file.Path> setUp = new HashSet<>();
        Map<String, String> loopingEndpoints = new TreeMap<>(); // endpoint -> the case that looped on it
        int passed = 0;
        int failed = 0;
        int skipped = 0;
        for (ScenarioCase c : cases) {
            if (!c.setup().isEmpty() && !runSetup) {
                results.add(new ScenarioResult(c.id(), c.file().toString(), c.name(), ScenarioResult.SKIPPED,
                        List.of("needs setup data (run with run_setup)")));
                skipped++;
                continue;
            }
            String endpoint = c.method() + " " + c.path().replaceFirst("\\?.*", "");
            if (loopingEndpoints.containsKey(endpoint)) {
                results.add(new ScenarioResult(c.id(), c.file().toString(), c.name(), ScenarioResult.SKIPPED,
                        List.of("not run: case " + loopingEndpoints.get(endpoint) + " on " + endpoint
                                + " hit the firing limit (a rule is looping)")));
                skipped++;
                continue;
            }
            List<String> problems = new ArrayList<>();
            if (setUp.add(c.file())) {
                problems.addAll(setUp(c, ruleset.version(), authorization));
            }
            if (problems.isEmpty()) {
                Checked checked = check(c, ruleset.version(), authorization, firings, pinnedBy);
                problems.addAll(checked.problems());
                if (checked.looped()) {
                    loopingEndpoints.put(endpoint, c.id());
                }
            }
            boolean ok = problems.isEmpty();
            results.add(new ScenarioResult(c.id(), c.file().toString(), c.name(),
                    ok ? ScenarioResult.PASSED : ScenarioResult.FAILED, problems));
            if (ok) {
                passed++;
            } else {
                failed++;
            }
        }
        List<String> never = firings.entrySet().stream().filter(e -> e.getValue() == 0).map(Map.Entry::getKey).toList();
        return new ScenarioRunReport(ruleset.version(), cases.size(), passed, failed, skipped, results, firings, never,
                pinnedBy);
    }


    /** What one case's answer showed: its differences from the expectation, and whether its rules looped. */
    private record Checked(List<String> problems, boolean looped) {
        static Checked of(String problem) {
            return new Checked(List.of(problem), false);
        }
    }

    @SuppressWarnings("unchecked")
    private Checked check(ScenarioCase c, String version, Credentials authorization, Map<String, Integer> firings,
            Map<String, List<String>> pinnedBy) {
        boolean traceable = "POST".equals(c.method()) && !c.path().contains("?");
        String path = traceable ? c.path() + "?trace=true" : c.path();
        HttpResponse<String> response;
        try {
            response = send(c.method(), path, "application/json",
                    c.request() == null ? null : JSON.writeValueAsString(c.request()), version, authorization);
        } catch (IOException e) {
            return Checked.of("request failed: " + e.getMessage());
        }
        List<String> problems = new ArrayList<>();
        if (response.statusCode() != c.expectStatus()) {
            problems.add("HTTP " + response.statusCode() + ", expected " + c.expectStatus() + ": " + abbreviate(response.body()));
            return new Checked(problems, response.statusCode() == 500 && looping(response.body()));
        }
        Map<String, Object> actual;
        try {
            actual = response.body().isBlank() ? Map.of() : JSON.readValue(response.body(), Map.class);
        } catch (IOException e) {
            return Checked.of("answer is not JSON: " + abbreviate(response.body()));
        }
        if (actual.get("trace") instanceof List<?> trace) {
            for (Object entry : trace) {
                String rule = String.valueOf(((Map<String, Object>) entry).get("rule"));
                firings.merge(rule, 1, Integer::sum);
                List<String> cases = pinnedBy.computeIfAbsent(rule, r -> new ArrayList<>());
                if (cases.size() < MAX_CASES_LISTED && !cases.contains(c.id())) {
                    cases.add(c.id());
                }
            }
        }
        if (c.expect() != null) {
            problems.addAll(SubsetMatcher.differences(c.expect(), actual, c.tolerance()));
        }
        if (!c.expectErrors().isEmpty()) {
            Set<String> fields = new HashSet<>();
            for (Map<String, Object> error : (List<Map<String, Object>>) actual.getOrDefault("errors", List.of())) {
                fields.add(String.valueOf(error.get("field")));
            }
            c.expectErrors().stream().filter(f -> !fields.contains(f))
                    .forEach(f -> problems.add("errors: no error for field '" + f + "' (got " + fields + ")"));
        }
        return new Checked(problems, false);
    }

    /** The answer is the engine's "a rule is looping" error (by its code). */
    private static boolean looping(String body) {
        try {
            for (var error : JSON.readTree(body).path("errors")) {
                if (RunawayRulesException.CODE.equals(error.path("code").asText())) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private List<String> setUp(ScenarioCase c, String version, Credentials authorization) {
        List<String> problems = new ArrayList<>();
        for (ScenarioCase.SetupStep step : c.setup()) {
            try {
                HttpResponse<String> response = send(step.method(), step.path(), step.contentType(),
                        Files.readString(step.bodyFile()), version, authorization);
                if (response.statusCode() != 200) {
                    problems.add("setup " + step.path() + " answered " + response.statusCode() + ": " + abbreviate(response.body()));
                }
            } catch (IOException e) {
                problems.add("setup " + step.path() + " failed: " + e.getMessage());
            }
        }
        return problems;
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body, String version,
            Credentials authorization) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path)).method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        if (authorization != null) {
            request.header(authorization.header(), authorization.value());
        }
        if (!version.equals(active.active().version())) {
            request.header(RulesetPin.HEADER, version); // the active version needs no pin
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted"));
        }
    }

    /** This service's own address; read at call time because a test server's port is chosen at start-up. */
    private static String baseUrl() {
        int port = ConfigProvider.getConfig().getValue("quarkus.http.port", Integer.class);
        return "http://127.0.0.1:" + port;
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }
}
