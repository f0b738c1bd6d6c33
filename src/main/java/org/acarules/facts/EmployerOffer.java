package org.acarules.facts;

import java.math.BigDecimal;

/** An offer of employer coverage made to {@code employeeId} as the employee. */
public record EmployerOffer(String employeeId, BigDecimal selfOnlyMonthly, BigDecimal familyMonthly,
        boolean minimumValue) implements PersonFact {

    private static final BigDecimal MONTHS = BigDecimal.valueOf(12);

    @Override
    public String personId() {
        return employeeId;
    }

    public BigDecimal selfOnlyAnnual() {
        return selfOnlyMonthly.multiply(MONTHS);
    }

    /** Null when no family coverage is offered. */
    public BigDecimal familyAnnual() {
        return familyMonthly == null ? null : familyMonthly.multiply(MONTHS);
    }
}
