package org.acarules.facts.taxyear.employer;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A month's assessable payment under 4980H(a) or 4980H(b), kept as an annual rate (employees x annual amount) so that
 * twelfths are divided only once: the monthly payment is 1/12 of it. For (b), {@code capRate} is the (a) rate that
 * limits it (4980H(b)(2)).
 */
public record MonthlyPayment(int month, String section, int employees, BigDecimal annualRate, BigDecimal capRate,
        boolean capped) {
    public static final String A = "4980H(a)";
    public static final String B = "4980H(b)";
    private static final BigDecimal MONTHS = BigDecimal.valueOf(12);

    public static MonthlyPayment sectionA(int month, int employees, BigDecimal annualAmount) {
        return new MonthlyPayment(month, A, employees, annualAmount.multiply(BigDecimal.valueOf(employees)), null, false);
    }

    public static MonthlyPayment sectionB(int month, int employees, BigDecimal annualAmount, int capEmployees,
            BigDecimal capAnnualAmount) {
        return new MonthlyPayment(month, B, employees, annualAmount.multiply(BigDecimal.valueOf(employees)),
                capAnnualAmount.multiply(BigDecimal.valueOf(capEmployees)), false);
    }

    public boolean exceedsCap() {
        return capRate != null && annualRate.compareTo(capRate) > 0;
    }

    public MonthlyPayment cappedAtSectionA() {
        return new MonthlyPayment(month, section, employees, capRate, capRate, true);
    }

    /** The month's payment in dollars and cents; the regulations set no rounding, so the cent is rounded half up. */
    public BigDecimal monthly() {
        return annualRate.divide(MONTHS, 2, RoundingMode.HALF_UP);
    }
}
