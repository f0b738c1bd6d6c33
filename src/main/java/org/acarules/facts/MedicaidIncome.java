package org.acarules.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A person's Medicaid/CHIP household income against the coverage year's guideline for their household size. */
public record MedicaidIncome(String personId, int householdSize, BigDecimal guideline, BigDecimal ratio)
        implements PersonFact {

    public static MedicaidIncome of(String personId, int householdSize, BigDecimal income, BigDecimal guideline) {
        return new MedicaidIncome(personId, householdSize, guideline, income.divide(guideline, 12, RoundingMode.DOWN));
    }
}
