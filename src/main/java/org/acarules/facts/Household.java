package org.acarules.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The tax household being evaluated. {@code coverageDate} is the date dated parameters are read at;
 * {@code taxYearStart} is January 1 of the coverage (tax) year, for year-labelled figures.
 */
public record Household(int year, LocalDate coverageDate, String state, BigDecimal income,
        FilingStatus filingStatus, int size, BigDecimal benchmarkMonthly, BigDecimal planPremiumMonthly) {

    public LocalDate taxYearStart() {
        return LocalDate.of(year, 1, 1);
    }
}
