package org.acarules.facts.taxyear.employer;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The member's share of the 30 (80 in 2015) full-time employees disregarded for a month. */
public record ReductionAllocation(int month, int allocated, boolean controlledGroup) {

    /** Ratable share of the group's reduction by full-time employees, rounded up to a whole number (54.4980H-4(e)). */
    public static ReductionAllocation ratable(EsrpMonth month, int reduction) {
        if (month.groupFullTimeEmployees() == 0) {
            return new ReductionAllocation(month.month(), 0, true);
        }
        int share = BigDecimal.valueOf((long) reduction * month.fullTimeEmployees())
                .divide(BigDecimal.valueOf(month.groupFullTimeEmployees()), 0, RoundingMode.CEILING).intValueExact();
        return new ReductionAllocation(month.month(), share, true);
    }

    /** Full-time employees left after the reduction, not below zero. */
    public int remaining(EsrpMonth month) {
        return Math.max(month.fullTimeEmployees() - allocated, 0);
    }
}
