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
 * the ruleset version.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record MarketplacePlan(String id, String name, BigDecimal premium, String metalLevel, Issuer issuer,
        boolean illustrative, String rulesetVersion) {

    public record Issuer(String name) {
    }

    static MarketplacePlan of(BenchmarkResponse benchmark) {
        BenchmarkResponse.PlanSummary plan = benchmark.plan();
        return new MarketplacePlan(plan.planId(), null, benchmark.premium(), cmsMetalLevel(plan.metalLevel()),
                new Issuer(plan.issuer()), plan.illustrative(), benchmark.rulesetVersion());
    }

    /** CMS's MetalLevelEnum: Catastrophic, Bronze, Silver, Gold, Platinum. */
    private static String cmsMetalLevel(String level) {
        String lower = level.toLowerCase(Locale.ROOT);
        return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
