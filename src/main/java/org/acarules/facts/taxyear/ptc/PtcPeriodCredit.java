package org.acarules.facts.taxyear.ptc;

import java.math.BigDecimal;

/**
 * Columns (c) to (e) of one Form 8962 row: the contribution, the maximum premium assistance
 * (benchmark less contribution, not below zero) and the credit allowed (the smaller of the enrollment
 * premium and the maximum assistance). Zero for a month that is not a coverage month or when no credit is allowed.
 */
public record PtcPeriodCredit(int month, BigDecimal contribution, BigDecimal maxAssistance, BigDecimal credit) {

    public static PtcPeriodCredit of(PtcPeriod period, PtcContribution contribution) {
        BigDecimal c = contribution.forPeriod(period);
        BigDecimal max = period.benchmarkPremium().subtract(c).max(BigDecimal.ZERO);
        return new PtcPeriodCredit(period.month(), c, Money.cents(max), Money.cents(period.enrollmentPremium().min(max)));
    }

    public static PtcPeriodCredit none(PtcPeriod period) {
        return new PtcPeriodCredit(period.month(), null, null, Money.cents(BigDecimal.ZERO));
    }
}
