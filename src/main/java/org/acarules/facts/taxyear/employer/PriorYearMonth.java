package org.acarules.facts.taxyear.employer;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One month of the preceding calendar year, for applicable-large-employer status: full-time employees, the hours of
 * service of the other employees (at most 120 counted per employee, capped by the caller), and how many of the month's
 * full-time employees plus FTEs were seasonal workers.
 */
public record PriorYearMonth(int month, int fullTimeEmployees, BigDecimal partTimeHours, BigDecimal seasonalWorkers) {
    private static final int SCALE = 10;

    /** Full-time employees plus FTEs (part-time hours / divisor), fractions kept (26 CFR 54.4980H-2(c)(2)). */
    public BigDecimal total(BigDecimal fteDivisor) {
        return BigDecimal.valueOf(fullTimeEmployees).add(partTimeHours.divide(fteDivisor, SCALE, RoundingMode.HALF_UP));
    }
}
