package org.acarules.plans.benchmark;

import java.math.BigDecimal;
import java.util.List;
import org.acarules.engine.Reason;
import org.acarules.engine.TraceEntry;

/**
 * A benchmark premium (SLCSP or LCBP) estimated from the rating-area figures, for a coverage family: the monthly
 * premium, how it was reached ({@link BenchmarkEstimate}), the rating rules behind it and their trace.
 */
public record RatingAreaBenchmark(String kind, BigDecimal premium, List<String> members, BenchmarkEstimate estimate,
        List<Reason> reasons, List<TraceEntry> trace) {

    /** The rating area as the plan catalogue and CMS's public use files name it ("Rating Area 6"). */
    public String ratingArea() {
        return estimate.ratingArea();
    }
}
