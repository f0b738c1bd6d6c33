package org.acarules.rulesets;

import org.acarules.TestFolders;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.acarules.batch.ServiceJar;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: activation is durable. The packaged service restarted after an activation serves the activated version,
 * not its folders, and says so in its readiness; the folders serve again only when the operator deploys them
 * deliberately (ACA_DEPLOY_FOLDERS with who and why), which the audit records. On an H2 file of its own, or on the
 * PostgreSQL of the test run (which it leaves on the version it found).
 */
class ActivationRestartIT {
    private static final Path APP = Path.of("target/quarkus-app");
    private static final String CEILING = "benefit-definitions/parameters/gov/aca/ptc/income_ceiling.yaml";
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void aRestartServesTheLastActivatedVersionAndTheFoldersOnlyWhenDeployed() throws Exception {
        Path dir = Path.of("target/activation-restart-it");
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(dir);
        Map<String, String> database = ServiceJar.database(dir);
        String before;
        String draft;
        try (ServiceJar service = ServiceJar.start(APP, dir, database, List.of("-Xmx512m"), Map.of())) {
            before = ruleset(service).get("version").asText();
            draft = draft(service, ceiling("5.0"));
            service.post("/api/v1/rulesets/" + draft + "/activate", "application/json",
                    HttpRequest.BodyPublishers.ofString("{\"force\": true, \"reason\": \"restart test\"}"), 200);
        }

        try (ServiceJar service = ServiceJar.start(APP, dir, database, List.of("-Xmx512m"), Map.of())) {
            JsonNode ruleset = ruleset(service);
            assertEquals(draft, ruleset.get("version").asText(), "a restart serves the version last activated");
            assertEquals(draft, ruleset.get("wanted_version").asText());
            assertNotEquals(draft, ruleset.get("folders_version").asText());
            assertEquals(false, ruleset.get("folders_served").asBoolean());
        }

        // the operator deploys new folders deliberately: they serve, and the audit says who and why
        Path definitions = dir.resolve("benefit-definitions");
        TestFolders.copy(Path.of("benefit-definitions"), definitions);
        Files.writeString(definitions.resolve(CEILING.substring("benefit-definitions/".length())), ceiling("4.5"));
        Map<String, String> deploy = Map.of("ACA_DEFINITIONS_DIR", definitions.toAbsolutePath().toString(),
                "ACA_DEPLOY_FOLDERS", "true", "ACA_DEPLOY_BY", "release-manager", "ACA_DEPLOY_REASON", "release 4.5");
        try (ServiceJar service = ServiceJar.start(APP, dir, database, List.of("-Xmx512m"), deploy)) {
            JsonNode ruleset = ruleset(service);
            String deployed = ruleset.get("version").asText();
            assertEquals(ruleset.get("folders_version").asText(), deployed);
            assertTrue(ruleset.get("folders_served").asBoolean(), ruleset.toString());
            assertNotEquals(draft, deployed);
            JsonNode event = mapper.readTree(service.get("/api/v1/rulesets/audit")).get(0); // newest first
            assertEquals("deploy", event.get("action").asText(), event.toString());
            assertEquals(deployed, event.get("version").asText());
            assertEquals("release-manager", event.get("actor").asText());
            assertEquals("release 4.5", event.get("reason").asText());
            assertEquals(draft, event.get("from_version").asText());
            // leave the database on the version it had (CI's PostgreSQL pass shares it with the other tests)
            service.post("/api/v1/rulesets/" + before + "/activate", "application/json",
                    HttpRequest.BodyPublishers.ofString("{\"force\": true, \"reason\": \"restart test: restore\"}"), 200);
            assertEquals(before, ruleset(service).get("version").asText());
        }
    }

    private JsonNode ruleset(ServiceJar service) throws Exception {
        for (JsonNode check : mapper.readTree(service.get("/q/health/ready")).get("checks")) {
            if (check.get("name").asText().equals("ruleset")) {
                return check.get("data");
            }
        }
        throw new AssertionError("no ruleset check");
    }

    /** The ceiling file with the 2026 ceiling at {@code value}, made unique so its version was never activated. */
    private static String ceiling(String value) throws Exception {
        String yaml = Files.readString(Path.of(CEILING));
        String changed = yaml.replace("'2026-01-01':\n    value: 4.0", "'2026-01-01':\n    value: " + value);
        assertNotEquals(yaml, changed, "the 2026 ceiling entry moved: update this test");
        return changed + "\n# restart test " + System.nanoTime() + "\n";
    }

    private String draft(ServiceJar service, String ceiling) throws Exception {
        ObjectNode body = mapper.createObjectNode().put("base", "active");
        body.putObject("files").put(CEILING, ceiling);
        JsonNode drafted = mapper.readTree(service.post("/api/v1/rulesets", "application/json",
                HttpRequest.BodyPublishers.ofString(mapper.writeValueAsString(body)), 200));
        assertTrue(drafted.get("compiles").asBoolean(), drafted.toString());
        return drafted.get("version").asText();
    }
}
