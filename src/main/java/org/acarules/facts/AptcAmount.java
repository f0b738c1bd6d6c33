package org.acarules.facts;

import java.math.BigDecimal;

/** The advance premium tax credit a month and a year. */
public record AptcAmount(BigDecimal monthly, boolean cappedAtPlanPremium) {
    private static final BigDecimal MONTHS = BigDecimal.valueOf(12);

    /** Benchmark less contribution, never below zero. */
    public static AptcAmount of(BigDecimal benchmarkMonthly, ExpectedContribution contribution) {
        return new AptcAmount(benchmarkMonthly.subtract(contribution.monthly()).max(BigDecimal.ZERO.setScale(2)), false);
    }

    public AptcAmount cappedAt(BigDecimal planPremiumMonthly) {
        return new AptcAmount(planPremiumMonthly.setScale(2, java.math.RoundingMode.HALF_UP), true);
    }

    public BigDecimal annual() {
        return monthly.multiply(MONTHS);
    }
}
