package org.acarules.scenarios;

import java.util.List;
import java.util.Map;

/**
 * A scenario run against one ruleset version: per case pass/fail with the differing fields, and rule coverage:
 * how often each rule fired across the cases, and which never did.
 */
public record ScenarioRunReport(String version, int total, int passed, int failed, int skipped,
        List<ScenarioResult> cases, Map<String, Integer> ruleFirings, List<String> neverFired) {

    public boolean allPassed() {
        return failed == 0;
    }

    public List<String> failedIds() {
        return cases.stream().filter(c -> ScenarioResult.FAILED.equals(c.status())).map(ScenarioResult::id).toList();
    }
}
