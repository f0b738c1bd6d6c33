package org.acarules.plans.benchmark;

import java.math.BigDecimal;
import java.util.List;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.acarules.engine.Reason;
import org.acarules.engine.TraceEntry;
import org.acarules.facts.plans.benchmark.CandidatePlan;

/**
 * The benchmark plan and its monthly premium for the coverage family, with the ranking and the rules behind it; or,
 * without a plan catalogue for the state and year, the premium estimated from the rating-area figures ({@code plan}
 * null, no candidates, {@code estimate} saying how and from what).
 */
public record BenchmarkResponse(int year, String rulesetVersion, String kind, String ratingArea, PlanSummary plan,
        BigDecimal premium, List<String> members, List<Candidate> candidates, List<Reason> reasons,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<TraceEntry> trace,
        @JsonInclude(JsonInclude.Include.NON_NULL) BenchmarkEstimate estimate) {

    public record PlanSummary(String planId, String issuer, String metalLevel, BigDecimal age21Premium, BigDecimal ehbShare,
            boolean illustrative) {
    }

    public record Candidate(int rank, String planId, BigDecimal premium) {
        static Candidate of(CandidatePlan c) {
            return new Candidate(c.rank(), c.planId(), c.premium());
        }
    }

    static BenchmarkResponse of(int year, String version, Benchmark b, boolean trace) {
        return new BenchmarkResponse(year, version, b.kind(), b.ratingArea(),
                new PlanSummary(b.plan().planId, b.plan().issuer, b.plan().metalLevel, b.plan().age21Premium,
                        b.plan().ehbShare, b.plan().illustrative),
                b.premium(), b.members(), b.candidates().stream().map(Candidate::of).toList(), b.reasons(),
                trace ? b.trace() : null, null);
    }

    static BenchmarkResponse of(int year, String version, RatingAreaBenchmark b, boolean trace) {
        return new BenchmarkResponse(year, version, b.kind(), b.ratingArea(), null, b.premium(), b.members(), List.of(),
                b.reasons(), trace ? b.trace() : null, b.estimate());
    }
}
