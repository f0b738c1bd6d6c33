package org.acarules.facts.plans;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The plan under review for one plan year: what it covers and charges. Null metal level or actuarial value only
 * for a large-group plan, which needs neither.
 */
public record PlanDesign(String id, int planYear, String state, Market market, MetalLevel metalLevel,
        boolean expandedBronze, BigDecimal actuarialValue, BigDecimal oopSelfOnly, BigDecimal oopFamily,
        boolean preventiveCostSharing, int dependentAgeLimit, boolean preExistingConditionExclusions) {

    /** Parameters are read as of the first day of the plan year. */
    public LocalDate yearStart() {
        return LocalDate.of(planYear, 1, 1);
    }

    public LocalDate nextYearStart() {
        return LocalDate.of(planYear + 1, 1, 1);
    }

    public boolean isGroup() {
        return market.isGroup();
    }
}
