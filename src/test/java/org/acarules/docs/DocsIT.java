package org.acarules.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.acarules.TestDatabases;
import org.acarules.TestFolders;
import org.acarules.batch.ServiceJar;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, docs that run: every shell example in the project's Markdown documents runs, in document order, against
 * the packaged service on its embedded defaults (localhost:8080 becomes its test port), and where the document shows
 * the answer, the real one must match it (see {@link AbridgedJson}); a request fails the example when it is refused
 * (curl's --fail-with-body) unless the document says it is meant to be. A block that cannot run here says why just
 * above it. So a figure in the docs is the current one, and a newcomer can follow them from a fresh clone.
 * The docs describe the embedded default: CI's PostgreSQL pass skips this.
 */
class DocsIT {
    private static final Path APP = Path.of("target/quarkus-app");
    private static final List<Path> ROOTS = List.of(Path.of("README.md"), Path.of("src"), Path.of("rules"), Path.of("tests"),
            Path.of("benefit-definitions"));
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void everyShellExampleInTheDocsRunsAndAnswersWhatTheDocsShow() throws Exception {
        assumeFalse(TestDatabases.postgres(), "the docs describe the embedded default (H2)");
        Path dir = Path.of("target/docs-it");
        if (Files.exists(dir)) { // a fresh database and fresh files, as on a fresh clone
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(dir);
        Path curlHome = Files.createDirectories(dir.resolve("curl"));
        Path work = workingDirectory(dir);
        Files.writeString(curlHome.resolve(".curlrc"), "fail-with-body\n");
        List<String> failures = new ArrayList<>();
        int ran = 0;
        int notRun = 0;
        try (ServiceJar service = ServiceJar.start(APP, dir, ServiceJar.defaultDatabase(dir), List.of(), Map.of())) {
            String address = service.uri("/").getAuthority();
            for (Path document : documents()) {
                for (DocExamples.Example example : DocExamples.read(document).examples()) {
                    if (example.notRun() != null) {
                        notRun++;
                        if (example.notRun().isBlank()) {
                            failures.add(example.where() + ": 'not run' without a reason");
                        }
                        continue;
                    }
                    if (example.script().lines().anyMatch(line -> line.trim().startsWith("mvn ") || line.contains("&& mvn "))) {
                        failures.add(example.where() + ": runs Maven, which would build over the running test's"
                                + " target; build before the block, or mark it <!-- not run: why -->");
                        continue;
                    }
                    ran++;
                    String failure = run(example, address, curlHome, work, dir);
                    if (failure != null) {
                        failures.add(example.where() + ": " + failure);
                    }
                }
            }
        }
        System.out.printf("docs: %d shell examples ran, %d not run (each says why)%n", ran, notRun);
        assertTrue(failures.isEmpty(), failures.size() + " doc example(s) failed:\n" + String.join("\n\n", failures));
    }

    private static List<Path> documents() throws Exception {
        List<Path> documents = new ArrayList<>();
        for (Path root : ROOTS) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(p -> p.toString().endsWith(".md")).filter(p -> !p.startsWith("src/test")).sorted()
                        .forEach(documents::add);
            }
        }
        return documents;
    }

    /**
     * Where the examples run: a folder of their own (the files they write, such as population.jsonl, stay out of the
     * repository) holding copies of the folders the docs name, as a newcomer at the repository's root would see
     * them; a copy, so no example can change the repository's rules or parameters. {@code target} (the packaged
     * service) and {@code src} (scripts the docs call) are links.
     */
    private static Path workingDirectory(Path dir) throws Exception {
        Path work = Files.createDirectories(dir.resolve("work"));
        for (String folder : List.of("rules", "benefit-definitions", "tests")) {
            TestFolders.copy(Path.of(folder), work.resolve(folder));
        }
        for (String folder : List.of("src", "target")) {
            Files.createSymbolicLink(work.resolve(folder), Path.of(folder).toAbsolutePath());
        }
        return work;
    }

    /** Runs one example; the reason it failed, or null. */
    private String run(DocExamples.Example example, String address, Path curlHome, Path work, Path dir) throws Exception {
        String script = example.script().replace("localhost:8080", address);
        ProcessBuilder builder = new ProcessBuilder("bash", "-eo", "pipefail", "-c", script).directory(work.toFile())
                .redirectError(dir.resolve("stderr.txt").toFile());
        builder.environment().put("CURL_HOME", curlHome.toAbsolutePath().toString());
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return "still running after 10 minutes";
        }
        String stdout = new String(out, StandardCharsets.UTF_8);
        String stderr = Files.readString(dir.resolve("stderr.txt"));
        int exit = process.exitValue();
        if (example.refused() ? exit == 0 : exit != 0) {
            return (example.refused() ? "meant to be refused, but succeeded" : "exit code " + exit) + "\n" + tail(stdout)
                    + "\n" + tail(stderr);
        }
        if (example.answer() == null) {
            return null;
        }
        JsonNode last = lastJson(stdout);
        if (last == null) {
            return "shows an answer, but printed no JSON:\n" + tail(stdout) + "\n" + tail(stderr);
        }
        List<String> mismatches;
        try {
            mismatches = AbridgedJson.mismatches(example.answer(), last);
        } catch (IllegalArgumentException unreadable) {
            return unreadable.getMessage();
        }
        return mismatches.isEmpty() ? null : "the answer differs from the one shown:\n  " + String.join("\n  ", mismatches);
    }

    private JsonNode lastJson(String stdout) {
        JsonNode last = null;
        try (MappingIterator<JsonNode> values = mapper.readerFor(JsonNode.class).readValues(stdout)) {
            while (values.hasNext()) {
                last = values.next();
            }
        } catch (Exception notJson) {
            return last;
        }
        return last;
    }

    private static String tail(String text) {
        return text.length() <= 2_000 ? text : "…" + text.substring(text.length() - 2_000);
    }
}
