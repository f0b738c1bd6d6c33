package org.acarules.batch;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * GET /api/v1/reevaluations/{id}/summary: people by outcome before (compare_to) x after (ruleset_version) with the
 * annual APTC on each side, overall, by state and by FPL band. Covers the chunks done so far.
 */
public record Summary(long reevaluationId, String status, String rulesetVersion, String compareTo, boolean dryRun,
        long households, long changedHouseholds, long errors, long persons, BigDecimal aptcBefore, BigDecimal aptcAfter,
        List<Transition> transitions, Map<String, List<Transition>> byState, Map<String, List<Transition>> byFplBand) {

    public record Transition(String before, String after, long persons, BigDecimal aptcBefore, BigDecimal aptcAfter,
            BigDecimal aptcChange) {
    }
}
