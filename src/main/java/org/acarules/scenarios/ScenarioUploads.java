package org.acarules.scenarios;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.acarules.requests.InvalidRequestException;
import org.acarules.limits.LimitExceededException;

/** Scenario files uploaded with a request (file name -> YAML); a malformed one is a 400 naming the problem. */
public final class ScenarioUploads {
    private ScenarioUploads() {
    }

    /** The cases of the files; more than {@code maxCases} (aca.limits.scenario-cases) are refused with a 413. */
    public static List<ScenarioCase> parse(Map<String, String> files, int maxCases) {
        List<ScenarioCase> cases = new ArrayList<>();
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                cases.addAll(ScenarioFiles.parse(Path.of(file.getKey()), file.getValue()));
                if (cases.size() > maxCases) {
                    throw new LimitExceededException("scenarios", "uploaded scenario cases per request", maxCases,
                            "aca.limits.scenario-cases", "run them in several requests");
                }
            }
            ScenarioFiles.requireUniqueIds(cases);
        } catch (LimitExceededException e) {
            throw e; // a 413, not a malformed scenario
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("scenarios", e.getMessage());
        } catch (RuntimeException e) {
            throw new InvalidRequestException("scenarios", "malformed scenario: " + e.getMessage());
        }
        return cases;
    }
}
