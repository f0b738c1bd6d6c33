package org.acarules.facts.taxyear.ptc;

import java.math.BigDecimal;

/**
 * Form 8962 lines 8a and 8b: household income times the applicable figure, rounded to the nearest
 * whole dollar (8a); 8a divided by 12, rounded to the nearest whole dollar (8b). Twelve times 8b is not
 * always 8a, which is why the annual shortcut and the monthly computation can differ by a few dollars.
 */
public record PtcContribution(BigDecimal annual, BigDecimal monthly) {

    public static PtcContribution of(BigDecimal householdIncome, BigDecimal applicableFigure) {
        BigDecimal annual = Money.wholeDollars(householdIncome.multiply(applicableFigure));
        BigDecimal monthly = Money.wholeDollars(annual.divide(BigDecimal.valueOf(12), 10, java.math.RoundingMode.HALF_UP));
        return new PtcContribution(annual, monthly);
    }

    /** Column (c) for a row: 8a on line 11, 8b on lines 12-23. */
    public BigDecimal forPeriod(PtcPeriod period) {
        return period.annual() ? annual : monthly;
    }
}
