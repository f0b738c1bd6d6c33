package org.acarules.facts.taxyear.ptc;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rounding the form prescribes: cents for amounts carried from Form 1095-A, whole dollars for lines 8a and 8b. */
public final class Money {
    private Money() {
    }

    public static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** "Rounded to the nearest whole dollar amount" (Form 8962 lines 8a and 8b), kept with two decimals. */
    public static BigDecimal wholeDollars(BigDecimal amount) {
        return amount.setScale(0, RoundingMode.HALF_UP).setScale(2);
    }
}
