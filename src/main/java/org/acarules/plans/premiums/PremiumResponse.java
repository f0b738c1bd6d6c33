package org.acarules.plans.premiums;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import org.acarules.engine.Reason;
import org.acarules.engine.TraceEntry;

/** The monthly premium of one plan for a household, member by member, with the reasons. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PremiumResponse(int year, String state, String rulesetVersion, String ratingMethod, Tier familyTier,
        List<MemberResult> members, Amount total, Amount tobaccoSurcharge, Amount aptcEligiblePremium,
        List<Finding> findings, List<Reason> reasons, List<TraceEntry> trace) {

    public record Tier(String tier, BigDecimal multiplier) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MemberResult(String id, Integer ratingAge, Boolean tobaccoUser, BigDecimal ageFactor, boolean charged, BigDecimal tobaccoFactor,
            BigDecimal ageRatedPremium, BigDecimal tobaccoSurcharge, BigDecimal premium, List<String> ignoredFactors,
            List<Reason> reasons) {
    }

    public record Amount(BigDecimal monthly) {
    }

    /** A field the request supplied and the rules set aside, with the law that says so. */
    public record Finding(String person, String field, String status, String rule, String citation, String text) {
    }
}
