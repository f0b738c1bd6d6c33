package org.acarules.facts.plans.enrollment;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An application to enroll in a plan for a plan year, made (plan selected) on applicationDate. */
public record Application(String applicantId, int planYear, LocalDate applicationDate, boolean aian, boolean healthInfoGiven,
        BigDecimal householdIncomeFplPercent, boolean aptcEligible, String state) {

    public LocalDate planYearStart() {
        return LocalDate.of(planYear, 1, 1);
    }

    /** First day of the month after the application. */
    public LocalDate firstOfNextMonth() {
        return applicationDate.withDayOfMonth(1).plusMonths(1);
    }

    /** The mid-month rule: by {@code cutoffDay} -> first of next month, later -> first of the second following month. */
    public LocalDate midMonthRule(int cutoffDay) {
        return applicationDate.getDayOfMonth() <= cutoffDay ? firstOfNextMonth() : firstOfNextMonth().plusMonths(1);
    }
}
