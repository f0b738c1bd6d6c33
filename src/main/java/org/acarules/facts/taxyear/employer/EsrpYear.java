package org.acarules.facts.taxyear.employer;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The calendar year the employer shared responsibility payment is computed for, with the applicable payment amounts
 * the caller supplies instead of the year's indexed ones (a regulation example's unindexed $2,000/$3,000), if any.
 */
public record EsrpYear(int year, BigDecimal amountAOverride, BigDecimal amountBOverride) {

    public LocalDate taxYearStart() {
        return LocalDate.of(year, 1, 1);
    }

    public boolean hasAmountOverride() {
        return amountAOverride != null;
    }
}
