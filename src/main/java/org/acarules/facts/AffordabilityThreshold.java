package org.acarules.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The most an employee may be required to pay a year for employer coverage to count as affordable. */
public record AffordabilityThreshold(BigDecimal percentage, BigDecimal annual) {

    public static AffordabilityThreshold of(BigDecimal income, BigDecimal percentage) {
        return new AffordabilityThreshold(percentage, income.multiply(percentage).setScale(2, RoundingMode.HALF_UP));
    }
}
