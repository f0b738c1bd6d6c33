package org.acarules.scenarios;

import java.util.List;

/** One case's outcome: passed, failed with the differing fields, or skipped (it needs setup data loaded). */
public record ScenarioResult(String id, String file, String name, String status, List<String> differences) {
    public static final String PASSED = "passed";
    public static final String FAILED = "failed";
    public static final String SKIPPED = "skipped";
}
