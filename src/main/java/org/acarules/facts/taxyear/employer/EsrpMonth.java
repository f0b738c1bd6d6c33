package org.acarules.facts.taxyear.employer;

import java.math.BigDecimal;

/**
 * One calendar month of the year for the applicable large employer member asking: its full-time employees, the share
 * of them offered minimum essential coverage (with their dependents), and its full-time employees certified (section
 * 1411) as receiving a premium tax credit, split into those not offered coverage and those offered coverage that was
 * unaffordable or did not provide minimum value. {@code groupFullTimeEmployees} adds the other members' full-time
 * employees for the month (equal to the member's own when it is the only member).
 */
public record EsrpMonth(int month, int fullTimeEmployees, BigDecimal offerShare, int ptcNotOffered,
        int ptcOfferedUnaffordableOrNotMv, int groupFullTimeEmployees) {

    public int ptcEmployees() {
        return ptcNotOffered + ptcOfferedUnaffordableOrNotMv;
    }

    /** Full-time employees not offered coverage: FT x (1 - share), fractions kept. */
    public BigDecimal notOffered() {
        return BigDecimal.valueOf(fullTimeEmployees).multiply(BigDecimal.ONE.subtract(offerShare));
    }

    /**
     * 26 CFR 54.4980H-4(a): coverage is treated as offered when it is offered to all but (1 - threshold) of the
     * full-time employees or, if greater, all but {@code minimumShortfall} of them.
     */
    public boolean offersCoverage(BigDecimal threshold, BigDecimal minimumShortfall) {
        BigDecimal allowed = BigDecimal.valueOf(fullTimeEmployees).multiply(BigDecimal.ONE.subtract(threshold))
                .max(minimumShortfall);
        return notOffered().compareTo(allowed) <= 0;
    }
}
