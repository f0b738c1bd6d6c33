package org.acarules.facts.plans.enrollment;

import java.time.LocalDate;

/** The plan year's annual open enrollment period and the last selection date for coverage from January 1. */
public record OpenEnrollmentWindow(LocalDate start, LocalDate end, LocalDate januaryFirstDeadline) {

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }
}
