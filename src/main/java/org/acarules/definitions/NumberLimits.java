package org.acarules.definitions;

import java.math.BigDecimal;

/**
 * The numbers this service computes with: below a quadrillion in magnitude, with at most 20 digits after the point.
 * Every number that comes in (JSON bodies, parameter overrides, CSV imports, parameter files) is held to it, so a
 * number like 1e999999999 is refused naming its field instead of overflowing inside a rule (a 500) or rounding to a
 * silently wrong answer. Incomes, premiums and payments are far below the bound; rates and factors need far fewer
 * decimals.
 */
public final class NumberLimits {
    /** Exclusive bound on the magnitude: 10^15. */
    public static final BigDecimal MAX_MAGNITUDE = BigDecimal.TEN.pow(15);
    /** Digits after the decimal point (trailing zeros do not count). */
    public static final int MAX_DECIMALS = 20;
    public static final String OUT_OF_RANGE = "out of range: must be greater than -10^15 and less than 10^15";

    private NumberLimits() {
    }

    /** What is wrong with {@code value} in plain words, or null when the service can compute with it. */
    public static String problem(BigDecimal value) {
        if (value.abs().compareTo(MAX_MAGNITUDE) >= 0) {
            return OUT_OF_RANGE;
        }
        if (value.signum() != 0 && value.stripTrailingZeros().scale() > MAX_DECIMALS) {
            return "must have at most " + MAX_DECIMALS + " digits after the decimal point";
        }
        return null;
    }
}
