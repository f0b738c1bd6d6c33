package org.acarules.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Household income times the applicable percentage, a year and a month, rounded to cents. */
public record ExpectedContribution(BigDecimal annual, BigDecimal monthly) {
    private static final BigDecimal MONTHS = BigDecimal.valueOf(12);

    public static ExpectedContribution of(BigDecimal income, BigDecimal applicablePercentage) {
        BigDecimal annual = income.multiply(applicablePercentage).setScale(2, RoundingMode.HALF_UP);
        return new ExpectedContribution(annual, annual.divide(MONTHS, 2, RoundingMode.HALF_UP));
    }
}
