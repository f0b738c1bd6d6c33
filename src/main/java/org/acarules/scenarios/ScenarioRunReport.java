package org.acarules.scenarios;

import java.util.List;
import java.util.Map;

/**
 * A scenario run against one ruleset version: per case pass/fail with the differing fields, and rule coverage:
 * how often each rule fired across the cases, which never did, and the first cases that fire each rule (the
 * scenarios that pin it).
 */
public record ScenarioRunReport(String version, int total, int passed, int failed, int skipped,
        List<ScenarioResult> cases, Map<String, Integer> ruleFirings, List<String> neverFired,
        Map<String, List<String>> ruleScenarios) {

    public boolean allPassed() {
        return failed == 0;
    }

    public List<String> failedIds() {
        return cases.stream().filter(c -> ScenarioResult.FAILED.equals(c.status())).map(ScenarioResult::id).toList();
    }
}
