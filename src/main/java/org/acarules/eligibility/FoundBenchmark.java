package org.acarules.eligibility;

import java.math.BigDecimal;
import java.util.List;
import org.acarules.engine.Reason;
import org.acarules.engine.TraceEntry;
import org.acarules.plans.benchmark.Benchmark;
import org.acarules.plans.benchmark.RatingAreaBenchmark;

/**
 * A benchmark premium the service found because the request gave none: from the plan catalogue, or estimated from the
 * rating-area figures. What the answer reports about it, and the rules (rating, benchmark) that produced it.
 */
record FoundBenchmark(BigDecimal premium, EligibilityResponse.BenchmarkPremium report, List<Reason> reasons,
        List<TraceEntry> trace) {

    static FoundBenchmark of(Benchmark catalogue) {
        return new FoundBenchmark(catalogue.premium(), new EligibilityResponse.BenchmarkPremium(catalogue.premium(),
                "catalogue", catalogue.plan().planId, catalogue.ratingArea(), catalogue.illustrative(), null),
                catalogue.reasons(), catalogue.trace());
    }

    static FoundBenchmark of(RatingAreaBenchmark estimate) {
        return new FoundBenchmark(estimate.premium(), new EligibilityResponse.BenchmarkPremium(estimate.premium(),
                estimate.estimate().source(), null, estimate.ratingArea(), null, estimate.estimate()),
                estimate.reasons(), estimate.trace());
    }
}
