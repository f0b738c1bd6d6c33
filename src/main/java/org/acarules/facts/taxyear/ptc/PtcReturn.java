package org.acarules.facts.taxyear.ptc;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.acarules.facts.FilingStatus;

/**
 * The return being reconciled: tax year, state (for the poverty guideline table), filing status,
 * household income (Form 8962 line 3), family size (line 1) and, if the filer gave one, the poverty
 * line they used (line 4) instead of the year's HHS figure.
 */
public record PtcReturn(int year, String state, FilingStatus filingStatus, BigDecimal householdIncome, int familySize,
        BigDecimal povertyGuidelineOverride, boolean annualMethod) {

    public LocalDate taxYearStart() {
        return LocalDate.of(year, 1, 1);
    }

    public boolean single() {
        return filingStatus == FilingStatus.SINGLE;
    }

    public boolean marriedFilingSeparately() {
        return filingStatus == FilingStatus.MARRIED_FILING_SEPARATELY;
    }
}
