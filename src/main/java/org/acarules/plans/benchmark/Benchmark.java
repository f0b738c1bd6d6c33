package org.acarules.plans.benchmark;

import java.math.BigDecimal;
import java.util.List;
import org.acarules.engine.Reason;
import org.acarules.engine.TraceEntry;
import org.acarules.facts.plans.benchmark.CandidatePlan;
import org.acarules.plans.catalogue.PlanEntity;

/**
 * The benchmark the rules chose: the plan, its premium for the coverage family, the ranking it came from, why
 * (the rating rules for the first plan rated, then the benchmark rules), and the same as a trace in firing order.
 */
public record Benchmark(String kind, String ratingArea, PlanEntity plan, BigDecimal premium, List<CandidatePlan> candidates,
        List<String> members, List<Reason> reasons, List<TraceEntry> trace) {

    public boolean illustrative() {
        return plan.illustrative;
    }
}
