package org.acarules.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringWriter;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.acarules.definitions.ParameterLoader;
import org.acarules.population.PopulationGenerator;
import org.acarules.RaisedCeiling;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: one re-evaluation job shared by three packaged instances on one PostgreSQL database, one of them killed
 * (SIGKILL) while it holds a chunk, early, half-way and late in three runs. Each time the job completes with the
 * same summary and the same per-household changes as a run on one instance alone, the chunks the killed instance
 * held are finished by the others, at least two instances did chunks, and every household got exactly one stored
 * decision from the job (a live job stores one per household: a chunk written twice would store two).
 * PostgreSQL only (ACA_TEST_JDBC_URL, with a jar built for it: ACA_DB_KIND=postgresql): the embedded H2 serves
 * one instance.
 */
class SharedJobIT {
    private static final Path APP = Path.of("target/quarkus-app");
    private static final int HOUSEHOLDS = 4_000;
    private static final int CHUNK = 20;
    private static final double[] KILL_AT = {0.15, 0.5, 0.85};
    private final ObjectMapper mapper = new ObjectMapper();
    private Path dir;
    private Map<String, String> database;
    /** Every instance started, to stop them all whatever happens. */
    private final List<Node> started = new ArrayList<>();

    @Test
    void threeInstancesShareAJobAndFinishAKilledOnesChunksToTheSingleInstanceResult() throws Exception {
        assumeTrue(org.acarules.TestDatabases.postgres(), "PostgreSQL only: ACA_TEST_JDBC_URL is not a postgresql URL");
        dir = Path.of("target/shared-job-it");
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(dir);
        database = ServiceJar.database(dir);
        String url = database.get("url"); // the instances' own database (a fresh one on the run's server), read directly below
        Path definitions = Path.of("benefit-definitions");
        long seed = System.currentTimeMillis(); // new external ids on a kept database
        StringWriter lines = new StringWriter();
        new PopulationGenerator(definitions, new ParameterLoader().load(definitions)).write(HOUSEHOLDS, 2026, seed, lines);
        String ours = "gen-" + seed + "-%";

        List<Node> live = new ArrayList<>();
        try {
            live.add(start());
            Node first = live.get(0);
            ObjectNode body = mapper.createObjectNode().put("base", "active");
            RaisedCeiling.files("4.5").forEach(body.putObject("files")::put);
            JsonNode drafted = mapper.readTree(first.service.post("/api/v1/rulesets", "application/json",
                    HttpRequest.BodyPublishers.ofString(mapper.writeValueAsString(body)), 200));
            assertTrue(drafted.get("compiles").asBoolean(), drafted.toString());
            String draft = drafted.get("version").asText();
            JsonNode imported = mapper.readTree(first.service.post("/api/v1/applicants", "application/x-ndjson",
                    HttpRequest.BodyPublishers.ofString(lines.toString()), 200));
            assertEquals(HOUSEHOLDS, imported.get("imported").asInt(), imported.toString());

            // the reference: one instance alone
            Map<Long, Long> before = decisions(url, ours, null);
            assertEquals(HOUSEHOLDS, before.size());
            assertTrue(before.values().stream().allMatch(n -> n == 0), "new applicants with stored decisions");
            long reference = startJob(first, draft);
            JsonNode single = awaitEnd(first, reference);
            assertEquals("completed", single.get("status").asText(), single.toString());
            String active = single.get("ruleset_version").asText();
            Map<Long, Long> afterReference = decisions(url, ours, active);
            Set<Long> decided = new HashSet<>();
            afterReference.forEach((applicant, n) -> {
                assertTrue(n <= 1, "applicant " + applicant + ": " + n + " decisions from one job");
                if (n == 1) {
                    decided.add(applicant);
                }
            });
            assertTrue(decided.size() > HOUSEHOLDS / 2, "the live job stored decisions for " + decided.size() + " households");
            JsonNode referenceSummary = comparable(first, reference);
            ArrayNode referenceChanges = changes(first, reference);
            assertTrue(referenceChanges.size() > 0, "the change moves no one: the comparison would prove little");

            List<Node> joining = List.of(launch(), launch());
            for (Node node : joining) {
                node.service.awaitReady();
                live.add(node);
            }
            for (int run = 1; run <= KILL_AT.length; run++) {
                double at = KILL_AT[run - 1];
                Node asked = live.get(run % live.size());
                long job = startJob(asked, draft);
                Node victim = killHoldingAChunk(url, live, job, at);
                live.remove(victim);
                // a new instance (new id) starts at once and joins the job if it is ready before the job ends
                Node replacement = run < KILL_AT.length ? launch() : null;
                List<Long> orphaned = chunks(url, job, "state = 'running' and owner = ?", victim.id);
                assertFalse(orphaned.isEmpty(), "run " + run + ": " + victim.id + " held no chunk when killed");

                Node survivor = live.get(0);
                JsonNode shared = awaitEnd(survivor, job);
                assertEquals("completed", shared.get("status").asText(), "run " + run + ": " + shared);
                for (String count : List.of("total", "processed", "changed", "errors")) {
                    assertEquals(single.get(count).asLong(), shared.get(count).asLong(), "run " + run + ": " + count);
                }
                assertEquals(referenceSummary, comparable(live.get(1), job), "run " + run + ": summary");
                assertEquals(referenceChanges, changes(survivor, job), "run " + run + ": changes");
                // the same job, whichever instance answers
                assertEquals(mapper.readTree(survivor.service.get("/api/v1/reevaluations/" + job)).get("processed"),
                        mapper.readTree(live.get(1).service.get("/api/v1/reevaluations/" + job)).get("processed"));

                for (long chunk : orphaned) {
                    List<Long> takenOver = chunks(url, job, "state = 'done' and owner <> ? and attempts >= 2 and chunk_no = "
                            + chunk, victim.id);
                    assertEquals(List.of(chunk), takenOver, "run " + run + ": chunk " + chunk + " of the killed " + victim.id);
                }
                Map<String, Long> byOwner = owners(url, job);
                assertTrue(byOwner.size() >= 2, "run " + run + ": chunks by instance " + byOwner);
                System.out.printf("shared job %d: killed %s at %.0f%% holding chunks %s; chunks by instance %s%n", job,
                        victim.id, at * 100, orphaned, byOwner);

                Map<Long, Long> now = decisions(url, ours, active);
                long runs = run;
                now.forEach((applicant, n) -> assertEquals(decided.contains(applicant) ? runs + 1 : 0, (long) n,
                        "decisions of applicant " + applicant));
                if (replacement != null) {
                    replacement.service.awaitReady();
                    live.add(replacement);
                }
            }
        } finally {
            for (Node node : started) {
                node.service.close();
            }
        }
    }

    private record Node(String id, ServiceJar service) {
    }

    private Node start() throws Exception {
        Node node = launch();
        node.service.awaitReady();
        return node;
    }

    /** An instance with one worker, short leases and polls, and an id never used before in this test; not yet ready. */
    private Node launch() throws Exception {
        String id = "it-node-" + (started.size() + 1);
        Node node = new Node(id, ServiceJar.launch(APP, dir, database, List.of("-Xmx384m", "-Daca.reevaluation.instance-id=" + id,
                "-Daca.reevaluation.workers=1", "-Daca.reevaluation.lease-seconds=3", "-Daca.reevaluation.poll-millis=200"),
                Map.of()));
        started.add(node);
        return node;
    }

    /** Once {@code at} of the job is processed, kills an instance that holds one of its chunks. */
    private Node killHoldingAChunk(String url, List<Node> live, long job, double at) throws Exception {
        for (int i = 0; i < 12_000; i++) {
            JsonNode status = mapper.readTree(live.get(0).service.get("/api/v1/reevaluations/" + job));
            assertEquals("running", status.get("status").asText(), "the job ended before the kill: " + status);
            if (status.get("processed").asLong() >= at * status.get("total").asLong()) {
                for (long chunk : chunks(url, job, "state = 'running'", null)) {
                    String owner = chunkOwner(url, job, chunk);
                    for (Node node : live) {
                        if (node.id.equals(owner) && stillHoldsWhenPaused(url, job, chunk, node)) {
                            node.service.kill();
                            return node;
                        }
                    }
                }
            }
            Thread.sleep(10);
        }
        throw new AssertionError("job " + job + " never reached " + at);
    }

    /**
     * Pauses the instance and reads again whether it holds the chunk: between reading a chunk's owner and killing it,
     * the owner may finish that chunk (CI saw it once), and the kill would then prove nothing. A commit sent just
     * before the pause reaches the database within the short wait. Resumes the instance when it no longer holds it.
     */
    private boolean stillHoldsWhenPaused(String url, long job, long chunk, Node node) throws Exception {
        node.service.pause(true);
        Thread.sleep(200);
        if (node.id.equals(chunkOwner(url, job, chunk))) {
            return true;
        }
        node.service.pause(false);
        return false;
    }

    private long startJob(Node node, String draft) throws Exception {
        // live: one stored decision per household, so a chunk written twice would show
        ObjectNode request = mapper.createObjectNode().put("ruleset_version", "active").put("compare_to", draft)
                .put("dry_run", false).put("chunk_size", CHUNK);
        request.putObject("filter").put("year", 2026);
        return mapper.readTree(node.service.post("/api/v1/reevaluations", "application/json",
                HttpRequest.BodyPublishers.ofString(mapper.writeValueAsString(request)), 202)).get("id").asLong();
    }

    private JsonNode awaitEnd(Node node, long id) throws Exception {
        for (int i = 0; i < 1_800; i++) {
            JsonNode status = mapper.readTree(node.service.get("/api/v1/reevaluations/" + id));
            if (!"running".equals(status.get("status").asText())) {
                return status;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("re-evaluation " + id + " still running after 180 s");
    }

    private JsonNode comparable(Node node, long id) throws Exception {
        ObjectNode summary = (ObjectNode) mapper.readTree(node.service.get("/api/v1/reevaluations/" + id + "/summary"));
        summary.remove("reevaluation_id");
        return summary;
    }

    private ArrayNode changes(Node node, long id) throws Exception {
        ArrayNode all = mapper.createArrayNode();
        for (int page = 0;; page++) {
            JsonNode items = mapper.readTree(node.service.get("/api/v1/reevaluations/" + id + "/changes?size=1000&page=" + page))
                    .get("items");
            if (items.isEmpty()) {
                return all;
            }
            all.addAll((ArrayNode) items);
        }
    }

    private static Connection connect(String url) throws Exception {
        return DriverManager.getConnection(url, System.getenv().getOrDefault("ACA_TEST_DB_USER", "postgres"), "");
    }

    private static List<Long> chunks(String url, long job, String condition, String owner) throws Exception {
        try (Connection c = connect(url); PreparedStatement ps = c.prepareStatement("select chunk_no from reevaluation_chunk"
                + " where reevaluation_id = ? and " + condition + " order by chunk_no")) {
            ps.setLong(1, job);
            if (owner != null) {
                ps.setString(2, owner);
            }
            List<Long> found = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getLong(1));
                }
            }
            return found;
        }
    }

    private static String chunkOwner(String url, long job, long chunk) throws Exception {
        try (Connection c = connect(url); PreparedStatement ps = c.prepareStatement("select owner from reevaluation_chunk"
                + " where reevaluation_id = ? and chunk_no = ? and state = 'running'")) {
            ps.setLong(1, job);
            ps.setLong(2, chunk);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static Map<String, Long> owners(String url, long job) throws Exception {
        try (Connection c = connect(url); PreparedStatement ps = c.prepareStatement("select owner, count(*) from reevaluation_chunk"
                + " where reevaluation_id = ? and state = 'done' group by owner")) {
            ps.setLong(1, job);
            Map<String, Long> byOwner = new TreeMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byOwner.put(rs.getString(1), rs.getLong(2));
                }
            }
            return byOwner;
        }
    }

    /** Stored decisions (of {@code version}; any when null) per applicant whose external id matches. */
    private static Map<Long, Long> decisions(String url, String externalIds, String version) throws Exception {
        try (Connection c = connect(url); PreparedStatement ps = c.prepareStatement("select a.id, count(d.id) from applicant a"
                + " left join decision d on d.applicant_id = a.id" + (version == null ? "" : " and d.ruleset_version = ?")
                + " where a.external_id like ? group by a.id")) {
            int i = 1;
            if (version != null) {
                ps.setString(i++, version);
            }
            ps.setString(i, externalIds);
            Map<Long, Long> counts = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getLong(1), rs.getLong(2));
                }
            }
            return counts;
        }
    }
}
