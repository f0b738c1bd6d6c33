package org.acarules.scenarios;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Reads every scenario file under a folder, refusing a case without id, name, source or endpoint. */
public final class ScenarioFiles {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    public static final BigDecimal DEFAULT_TOLERANCE = new BigDecimal("0.005");
    /** Where a ruleset version's own scenario files lie in its content. */
    public static final String VERSION_FOLDER = "tests/";

    private ScenarioFiles() {
    }

    /** Every case of every *.yaml under {@code dir}; case ids must be unique across files. */
    public static List<ScenarioCase> load(Path dir) {
        return load(dir, Map.of());
    }

    /**
     * Every case of every *.yaml under {@code dir}, with a ruleset version's own scenario files ({@code "tests/..."}
     * paths of its content, as text): a file of the version replaces the folder's file of the same path, or adds to
     * them. Case ids must be unique across all of them.
     */
    public static List<ScenarioCase> load(Path dir, Map<String, String> versionFiles) {
        Map<Path, String> texts = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.walk(dir, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                texts.put(file, Files.readString(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        versionFiles.forEach((path, text) -> {
            if (path.startsWith(VERSION_FOLDER) && path.endsWith(".yaml")) {
                texts.put(dir.resolve(path.substring(VERSION_FOLDER.length())), text);
            }
        });
        List<ScenarioCase> cases = new ArrayList<>();
        texts.forEach((file, text) -> cases.addAll(parse(file, text)));
        requireUniqueIds(cases);
        return cases;
    }

    /** The cases of one scenario file's text, named {@code file}; a malformed file is an IllegalArgumentException. */
    @SuppressWarnings("unchecked")
    public static List<ScenarioCase> parse(Path file, String yaml) {
        Map<String, Object> doc;
        try {
            doc = YAML.readValue(yaml, Map.class);
        } catch (com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
            // YAML, but not a mapping (a bare string or a list): Jackson's message names its own classes
            throw new IllegalArgumentException(file + ": expected a mapping with a top-level 'cases' list");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            var at = e.getLocation();
            throw new IllegalArgumentException(file + ": not valid YAML" + (at == null ? "" : " at line " + at.getLineNr())
                    + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": not readable YAML");
        }
        if (doc == null || !(doc.get("cases") instanceof List<?>)) {
            throw new IllegalArgumentException(file + ": expected a top-level 'cases' list");
        }
        List<ScenarioCase.SetupStep> setup = new ArrayList<>();
        for (Map<String, Object> step : (List<Map<String, Object>>) doc.getOrDefault("setup", List.of())) {
            String[] call = required(step, "endpoint", file).trim().split("\\s+", 2);
            setup.add(new ScenarioCase.SetupStep(call[0], call[1], required(step, "content_type", file),
                    Path.of(required(step, "body_file", file))));
        }
        List<ScenarioCase> cases = new ArrayList<>();
        for (Map<String, Object> c : (List<Map<String, Object>>) doc.get("cases")) {
            String[] endpoint = required(c, "endpoint", file).trim().split("\\s+", 2);
            if (endpoint.length != 2) {
                throw new IllegalArgumentException(file + ": case " + c.get("id") + ": endpoint must be 'METHOD /path'");
            }
            Object tolerance = c.get("tolerance");
            cases.add(new ScenarioCase(file, required(c, "id", file), required(c, "name", file), required(c, "source", file),
                    endpoint[0], endpoint[1], c.get("request"), c.get("expect"),
                    c.get("expect_status") == null ? 200 : ((Number) c.get("expect_status")).intValue(),
                    (List<String>) c.getOrDefault("expect_errors", List.of()),
                    tolerance == null ? DEFAULT_TOLERANCE : new BigDecimal(tolerance.toString()), setup));
        }
        return cases;
    }

    public static void requireUniqueIds(List<ScenarioCase> cases) {
        Set<String> ids = new HashSet<>();
        for (ScenarioCase c : cases) {
            if (!ids.add(c.id())) {
                throw new IllegalArgumentException(c.file() + ": duplicate case id " + c.id());
            }
        }
    }

    private static String required(Map<String, Object> c, String key, Path file) {
        Object value = c.get(key);
        if (value == null || value.toString().isBlank()) {
            throw new IllegalArgumentException(file + ": a case lacks '" + key + "': " + c.get("id"));
        }
        return value.toString();
    }
}
