package org.acarules.facts.taxyear.ptc;

import java.math.BigDecimal;

/**
 * One row of Form 8962 Part II as given by Form 1095-A: a month (lines 12-23) or, with the annual
 * shortcut, the whole year (line 11, month 0). Columns (a) enrollment premium, (b) benchmark (SLCSP)
 * premium and (f) advance payments.
 */
public record PtcPeriod(int month, boolean covered, BigDecimal enrollmentPremium, BigDecimal benchmarkPremium,
        BigDecimal aptc) {
    public static final int ANNUAL = 0;

    public boolean annual() {
        return month == ANNUAL;
    }

    /** The Form 8962 line: 11 for the year, 12 (January) to 23 (December) for a month. */
    public String line() {
        return annual() ? "11" : String.valueOf(11 + month);
    }
}
