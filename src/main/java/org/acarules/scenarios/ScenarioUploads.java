package org.acarules.scenarios;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.acarules.requests.InvalidRequestException;

/** Scenario files uploaded with a request (file name -> YAML); a malformed one is a 400 naming the problem. */
public final class ScenarioUploads {
    private ScenarioUploads() {
    }

    public static List<ScenarioCase> parse(Map<String, String> files) {
        List<ScenarioCase> cases = new ArrayList<>();
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                cases.addAll(ScenarioFiles.parse(Path.of(file.getKey()), file.getValue()));
            }
            ScenarioFiles.requireUniqueIds(cases);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("scenarios", e.getMessage());
        } catch (RuntimeException e) {
            throw new InvalidRequestException("scenarios", "malformed scenario: " + e.getMessage());
        }
        return cases;
    }
}
