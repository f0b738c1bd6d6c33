package org.acarules.batch;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * summary.json of the {@code reevaluate} command: the re-evaluation job's summary for a file of households compared
 * under two rulesets read from folders (before = the compare folders, after = the given ones).
 */
public record FileSummary(String applicants, Side before, Side after, long households, long changedHouseholds,
        long errors, long rejectedLines, long persons, BigDecimal aptcBefore, BigDecimal aptcAfter, BigDecimal aptcChange,
        List<Summary.Transition> transitions, Map<String, List<Summary.Transition>> byState,
        Map<String, List<Summary.Transition>> byFplBand) {

    /** A ruleset as compiled from its folders. */
    public record Side(String rules, String definitions, String version) {
    }
}
