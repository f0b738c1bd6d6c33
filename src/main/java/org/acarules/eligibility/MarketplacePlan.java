package org.acarules.eligibility;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.Locale;
import org.acarules.plans.benchmark.BenchmarkResponse;

/**
 * The CMS Marketplace API answer of /households/slcsp and /lcbp (its LowestCostPlanResponse): the plan, with
 * {@code premium} set to the household's monthly rate, and {@code metal_level} spelled as CMS spells it ("Silver").
 * The catalogue holds no marketing name, so {@code name} is null; the issuer's name is under {@code issuer.name} as
 * in CMS's Plan object. Added to CMS's fields: {@code illustrative} (the plan comes from demonstration data) and
 * the ruleset version, and, where no catalogue is loaded for the state and year, {@code estimate}: the premium is
 * estimated from the rating-area figures (id and issuer null; see the plans README).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record MarketplacePlan(String id, String name, BigDecimal premium, String metalLevel, Issuer issuer,
        boolean illustrative, String rulesetVersion,
        @JsonInclude(JsonInclude.Include.NON_NULL) org.acarules.plans.benchmark.BenchmarkEstimate estimate) {

    public record Issuer(String name) {
    }

    static MarketplacePlan of(BenchmarkResponse benchmark) {
        BenchmarkResponse.PlanSummary plan = benchmark.plan();
        if (plan == null) { // no catalogue for the state and year: an estimated premium, no plan; says so in estimate
            return new MarketplacePlan(null, null, benchmark.premium(),
                    benchmark.kind().equals(org.acarules.plans.benchmark.BenchmarkService.LCBP) ? "Bronze" : "Silver", null,
                    false, benchmark.rulesetVersion(), benchmark.estimate());
        }
        return new MarketplacePlan(plan.planId(), null, benchmark.premium(), cmsMetalLevel(plan.metalLevel()),
                new Issuer(plan.issuer()), plan.illustrative(), benchmark.rulesetVersion(), null);
    }

    /** CMS's MetalLevelEnum: Catastrophic, Bronze, Silver, Gold, Platinum. */
    private static String cmsMetalLevel(String level) {
        String lower = level.toLowerCase(Locale.ROOT);
        return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
