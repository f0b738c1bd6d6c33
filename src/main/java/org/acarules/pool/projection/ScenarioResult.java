package org.acarules.pool.projection;

import java.util.List;

/**
 * A scenario's years and the verdict: {@code spiral} (spiral_years consecutive years of premium up by more than
 * spiral_premium_rise while enrollment falls), {@code converged} (otherwise, and the last year's premium within
 * convergence_tolerance of the year before) or {@code not_converged}; {@code verdict_reason} says which numbers
 * decided it.
 */
public record ScenarioResult(Scenario scenario, List<YearResult> years, String verdict, String verdictReason) {
    public static final String SPIRAL = "spiral";
    public static final String CONVERGED = "converged";
    public static final String NOT_CONVERGED = "not_converged";
}
