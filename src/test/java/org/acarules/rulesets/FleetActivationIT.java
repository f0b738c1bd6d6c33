package org.acarules.rulesets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.acarules.batch.ServiceJar;
import org.acarules.RaisedCeiling;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: three packaged instances on one PostgreSQL database (loopback, ports of their own). An activation made on
 * one is served by the others, a rollback made on another is followed by all, and an instance started after an
 * activation comes up on the activated version, not on its folders. Also measures how long an activation takes to
 * reach the other instances (printed, and written to target/fleet-activation-it/propagation.txt; never asserted).
 * PostgreSQL only (the H2 pass skips it): on H2 there is one instance per database file.
 */
class FleetActivationIT {
    private static final Path APP = Path.of("target/quarkus-app");
    /** How long an instance may take to follow before the test fails (a bound on a hang, not a speed claim). */
    private static final Duration FOLLOW_BOUND = Duration.ofSeconds(60);
    /** A prepare timeout well above a loaded machine's compile, so no activation goes ahead without an instance. */
    private static final List<String> JVM = List.of("-Xmx512m", "-Daca.rulesets.prepare-timeout-ms=120000");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void anActivationOnOneInstanceIsServedByEveryInstance() throws Exception {
        String url = System.getenv("ACA_TEST_JDBC_URL");
        assumeTrue(url != null && url.startsWith("jdbc:postgresql:"), "needs PostgreSQL (ACA_TEST_JDBC_URL)");
        Path dir = Files.createDirectories(Path.of("target/fleet-activation-it"));
        Map<String, String> database = ServiceJar.database(dir);
        int repetitions = Integer.getInteger("fleet.repetitions", 3);

        List<ServiceJar> fleet = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) { // at once: on a new database they race to record the first start
                fleet.add(ServiceJar.launch(APP, dir, database, JVM, Map.of()));
            }
            for (ServiceJar instance : fleet) {
                instance.awaitReady();
            }
            String before = servedVersion(fleet.get(0));
            for (ServiceJar instance : fleet) {
                assertEquals(before, servedVersion(instance), "every instance starts on the database's active version");
            }
            // cold: activated right after it was drafted, while the others still compile it from the draft's
            // announcement; the activation waits until they hold it compiled, so following it is a swap
            String draft = draft(fleet.get(0));
            long asked = System.nanoTime();
            activate(fleet.get(0), draft);
            List<Long> coldRequest = List.of((System.nanoTime() - asked) / 1_000_000);
            List<Long> cold = awaitVersion(fleet.subList(1, 3), draft);
            rollback(fleet.get(1), draft); // on another instance than the one that activated
            List<Long> rollbacks = new ArrayList<>(awaitVersion(List.of(fleet.get(0), fleet.get(2)), before));

            // warm: each a new draft, compiled on every instance before it is activated, as it is once analysts have
            // run scenarios and comparisons against it
            List<Long> warm = new ArrayList<>();
            for (int round = 0; round < repetitions; round++) {
                draft = draft(fleet.get(round % 3));
                for (ServiceJar instance : fleet) {
                    instance.get("/api/v1/rulesets/" + draft + "/rules");
                }
                activate(fleet.get(round % 3), draft);
                warm.addAll(awaitVersion(others(fleet, round % 3), draft));
                rollback(fleet.get((round + 1) % 3), draft);
                rollbacks.addAll(awaitVersion(others(fleet, (round + 1) % 3), before));
            }

            // an instance started after an activation comes up on it, not on the folders it was given
            fleet.get(2).close();
            activate(fleet.get(0), draft);
            awaitVersion(List.of(fleet.get(1)), draft);
            fleet.set(2, ServiceJar.start(APP, dir, database, JVM, Map.of()));
            assertEquals(draft, servedVersion(fleet.get(2)));
            JsonNode ready = health(fleet.get(2));
            assertEquals(false, ruleset(ready).path("data").path("folders_served").asBoolean(true), ready.toString());
            // and it rules with it: 447% of the poverty line is inside the raised ceiling (500%), outside the old one
            JsonNode ruling = mapper.readTree(fleet.get(2).post("/api/v1/eligibility", "application/json",
                    HttpRequest.BodyPublishers.ofString(HOUSEHOLD_AT_447), 200));
            assertEquals(draft, ruling.get("ruleset_version").asText());
            assertTrue(ruling.path("household").path("aptc").path("eligible").asBoolean(), ruling.toString());

            rollback(fleet.get(0), draft); // leave the database on the version it had
            awaitVersion(fleet, before);
            report(dir, Map.of("cold activation reached the other instances", cold,
                    "warm activation reached the other instances", warm, "rollback reached the other instances", rollbacks,
                    "cold activation request took (it waits until the others hold the version compiled)", coldRequest));
        } finally {
            for (ServiceJar instance : fleet) {
                instance.close();
            }
        }
    }

    private static final String HOUSEHOLD_AT_447 = """
            {"year": 2026, "place": {"state": "TX"}, "household": {"income": 70000, "filing_status": "single",
             "people": [{"id": "pat", "age": 40, "relationship": "self", "immigration_status": "citizen"}]}}""";

    /** A draft with the 2026 income ceiling at 500%, made unique by a comment so it is a version never activated. */
    private String draft(ServiceJar instance) throws Exception {
        ObjectNode body = mapper.createObjectNode().put("base", "active");
        body.putObject("files").put(RaisedCeiling.CEILING, RaisedCeiling.ceilingYaml("5.0") + "\n# fleet test " + System.nanoTime() + "\n")
                .put(RaisedCeiling.TABLE, RaisedCeiling.tableYaml("5.0"));
        JsonNode drafted = mapper.readTree(instance.post("/api/v1/rulesets", "application/json",
                HttpRequest.BodyPublishers.ofString(mapper.writeValueAsString(body)), 200));
        assertTrue(drafted.get("compiles").asBoolean(), drafted.toString());
        return drafted.get("version").asText();
    }

    /** Activates, and checks every live instance held the version compiled before it was recorded. */
    private void activate(ServiceJar instance, String version) throws Exception {
        JsonNode report = mapper.readTree(instance.post("/api/v1/rulesets/" + version + "/activate", "application/json",
                HttpRequest.BodyPublishers.ofString("{\"force\": true, \"reason\": \"fleet test\"}"), 200));
        assertEquals(0, report.path("instances_not_prepared").size(), report.toString());
        assertTrue(report.path("instances_not_prepared").isArray(), report.toString());
    }

    private void rollback(ServiceJar instance, String version) throws Exception {
        instance.post("/api/v1/rulesets/" + version + "/rollback", "application/json",
                HttpRequest.BodyPublishers.ofString("{\"reason\": \"fleet test\"}"), 200);
    }

    /**
     * Polls each instance's readiness until it serves {@code version} and says it is ready; returns the milliseconds
     * from the call (right after the activating request answered) to each instance serving it.
     */
    private List<Long> awaitVersion(List<ServiceJar> instances, String version) throws Exception {
        long start = System.nanoTime();
        long deadline = start + FOLLOW_BOUND.toNanos();
        List<Long> delays = new ArrayList<>();
        List<ServiceJar> waiting = new ArrayList<>(instances);
        while (!waiting.isEmpty()) {
            for (var it = waiting.iterator(); it.hasNext();) {
                ServiceJar instance = it.next();
                JsonNode ready = health(instance);
                if ("UP".equals(ready.path("status").asText()) && version.equals(servedVersion(ready))) {
                    delays.add((System.nanoTime() - start) / 1_000_000);
                    it.remove();
                }
            }
            assertTrue(System.nanoTime() < deadline, "not every instance served " + version + " within " + FOLLOW_BOUND);
            Thread.sleep(10);
        }
        return delays;
    }

    private JsonNode health(ServiceJar instance) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(instance.uri("/q/health/ready"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        return mapper.readTree(response.body()); // 200 when ready, 503 while behind: both say which version serves
    }

    private String servedVersion(ServiceJar instance) throws IOException, InterruptedException {
        return servedVersion(health(instance));
    }

    private static String servedVersion(JsonNode ready) {
        return ruleset(ready).path("data").path("version").asText();
    }

    private static JsonNode ruleset(JsonNode ready) {
        for (JsonNode check : ready.path("checks")) {
            if ("ruleset".equals(check.path("name").asText())) {
                return check;
            }
        }
        throw new AssertionError("no ruleset check in " + ready);
    }

    private static List<ServiceJar> others(List<ServiceJar> fleet, int except) {
        List<ServiceJar> others = new ArrayList<>(fleet);
        others.remove(except);
        return others;
    }

    private static void report(Path dir, Map<String, List<Long>> delays) throws IOException {
        StringBuilder text = new StringBuilder();
        delays.forEach((what, measured) -> {
            List<Long> sorted = new ArrayList<>(measured);
            Collections.sort(sorted);
            text.append(String.format("%s: %d measurements, median %d ms, max %d ms, all %s%n",
                    what, sorted.size(), sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1), measured));
        });
        System.out.print(text);
        Files.writeString(dir.resolve("propagation.txt"), text);
    }
}
