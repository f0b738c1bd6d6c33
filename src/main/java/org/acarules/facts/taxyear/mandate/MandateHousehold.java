package org.acarules.facts.taxyear.mandate;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.acarules.facts.FilingStatus;

/**
 * The taxpayer's return for the shared responsibility payment: year, state of residence, filing status,
 * household income, how many filers were 65 or older at the end of the year (their filing threshold is higher),
 * and the optional figures a filer may enter instead of the year's (filing threshold, annual bronze premium).
 */
public record MandateHousehold(int year, String state, FilingStatus filingStatus, BigDecimal income,
        int filersAged65OrOlder, BigDecimal filingThresholdOverride, BigDecimal bronzeAnnualPerPersonOverride) {

    public LocalDate taxYearStart() {
        return LocalDate.of(year, 1, 1);
    }
}
