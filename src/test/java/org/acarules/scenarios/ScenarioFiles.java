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
final class ScenarioFiles {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final BigDecimal DEFAULT_TOLERANCE = new BigDecimal("0.005");

    private ScenarioFiles() {
    }

    @SuppressWarnings("unchecked")
    static List<ScenarioCase> load(Path dir) {
        List<ScenarioCase> cases = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                Map<String, Object> doc = YAML.readValue(file.toFile(), Map.class);
                List<ScenarioCase.SetupStep> setup = new ArrayList<>();
                for (Map<String, Object> step : (List<Map<String, Object>>) doc.getOrDefault("setup", List.of())) {
                    String[] call = required(step, "endpoint", file).trim().split("\\s+", 2);
                    setup.add(new ScenarioCase.SetupStep(call[0], call[1], required(step, "content_type", file),
                            Path.of(required(step, "body_file", file))));
                }
                for (Map<String, Object> c : (List<Map<String, Object>>) doc.get("cases")) {
                    String id = required(c, "id", file);
                    if (!ids.add(id)) {
                        throw new IllegalStateException(file + ": duplicate case id " + id);
                    }
                    String[] endpoint = required(c, "endpoint", file).trim().split("\\s+", 2);
                    Object tolerance = c.get("tolerance");
                    cases.add(new ScenarioCase(file, id, required(c, "name", file), required(c, "source", file),
                            endpoint[0], endpoint[1], c.get("request"), c.get("expect"),
                            c.get("expect_status") == null ? 200 : ((Number) c.get("expect_status")).intValue(),
                            (List<String>) c.getOrDefault("expect_errors", List.of()),
                            tolerance == null ? DEFAULT_TOLERANCE : new BigDecimal(tolerance.toString()), setup));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    private static String required(Map<String, Object> c, String key, Path file) {
        Object value = c.get(key);
        if (value == null || value.toString().isBlank()) {
            throw new IllegalStateException(file + ": a case lacks '" + key + "': " + c.get("id"));
        }
        return value.toString();
    }
}
