package org.acarules.facts.taxyear.mandate;

import java.math.BigDecimal;
import java.util.List;

/**
 * Conclusion for one month with liable people (26 CFR 1.5000A-4(b), (c)): the annual flat dollar amount and
 * excess income amount, the monthly penalty amount (1/12 of the greater, unrounded) and the monthly bronze
 * premium for the liable people (unrounded).
 */
public record MonthlyPenalty(int month, List<String> liablePersonIds, BigDecimal flatDollarAmount,
        BigDecimal excessIncomeAmount, BigDecimal penaltyAmount, BigDecimal bronzePremium) {

    public boolean flatGoverns() {
        return flatDollarAmount.compareTo(excessIncomeAmount) >= 0;
    }
}
