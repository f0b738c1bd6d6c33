package org.acarules.eligibility;

import org.acarules.engine.Reason;
import org.acarules.engine.TraceEntry;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.acarules.facts.CoverageOutcome;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record EligibilityResponse(int year, String rulesetVersion, Map<String, JsonNode> parameterOverrides,
        HouseholdResult household, List<PersonResult> people, List<TraceEntry> trace) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record HouseholdResult(int size, BigDecimal povertyGuideline, BigDecimal fplPercent,
            BigDecimal medicaidPovertyGuideline, BigDecimal medicaidFplPercent, Aptc aptc, List<Reason> reasons) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Aptc(boolean eligible, BigDecimal applicablePercentage, Amount expectedContribution,
            BenchmarkPremium benchmarkPremium, Amount amount) {
    }

    /**
     * The benchmark (SLCSP) premium used: given in the request (source "request"), computed from the plan catalogue
     * (source "catalogue", with the plan, its rating area and whether the catalogue data is illustrative), or estimated
     * from the rating-area figures (source "rating_area_estimate", with {@code estimate}: how and from what).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BenchmarkPremium(BigDecimal monthly, String source, String planId, String ratingArea, Boolean illustrative,
            org.acarules.plans.benchmark.BenchmarkEstimate estimate) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Amount(BigDecimal monthly, BigDecimal annual) {
    }

    /**
     * {@code chipCategory}: child or pregnant when CHIP covers the person (which of the state's two CHIP limits);
     * {@code basicHealthProgram}: the state's programme when the person is eligible for it, else null.
     */
    public record PersonResult(String id, CoverageOutcome outcome, boolean medicaidEligible, String medicaidCategory,
            boolean chipEligible, String chipCategory, boolean aptcEligible, String csr, boolean catastrophicEligible,
            boolean inCoverageGap, BasicHealthProgram basicHealthProgram, List<Reason> reasons) {
    }

    /**
     * The Basic Health Program the person is eligible for: its name (MinnesotaCare, Essential Plan, OHP Bridge) and
     * the law it runs under: section_1331 (a BHP, 42 USC 18051) or section_1332_waiver (a waiver programme in its place).
     */
    public record BasicHealthProgram(String program, String basis) {
    }
}
