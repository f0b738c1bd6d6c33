package org.acarules.plans.compliance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;
import org.acarules.definitions.ParameterNotDefinedException;
import org.acarules.definitions.ParameterStore;

/**
 * Arithmetic and wording the plan compliance rules share. Every figure the law sets comes in as an argument read
 * from a parameter; nothing here knows a threshold.
 */
public final class PlanRules {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PlanRules() {
    }

    /** A number that must exist for the date: null means "not modelled" here, answered with 422, never guessed. */
    public static BigDecimal required(ParameterStore params, String id, LocalDate date) {
        BigDecimal value = params.number(id, date);
        if (value == null) {
            throw new ParameterNotDefinedException(id + " is not modelled for plan years starting " + date);
        }
        return value;
    }

    /** A date-valued (text) parameter; {@code state} is only passed through for the store's lookup signature. */
    public static LocalDate date(ParameterStore params, String id, String state, LocalDate date) {
        return LocalDate.parse(params.text(id, state, date));
    }

    /** Medical inflation from a CPI value, to 4 decimals as the examples in 45 CFR 147.140(g)(4) express it. */
    public static BigDecimal medicalInflation(BigDecimal cpi, BigDecimal march2010) {
        return cpi.subtract(march2010).divide(march2010, 4, RoundingMode.HALF_UP);
    }

    /** The "maximum percentage increase": medical inflation plus the margin (45 CFR 147.140(g)(3)(ii)). */
    public static BigDecimal maxPercentageIncrease(BigDecimal medicalInflation, BigDecimal margin) {
        return medicalInflation.add(margin);
    }

    /** The increase from {@code from} to {@code to} as a fraction of {@code from}, to 4 decimals (for the text). */
    public static BigDecimal increase(BigDecimal from, BigDecimal to) {
        return to.subtract(from).divide(from, 4, RoundingMode.HALF_UP);
    }

    /** Whether to - from exceeds from x fraction, compared exactly (no rounding in the test itself). */
    public static boolean exceedsFraction(BigDecimal from, BigDecimal to, BigDecimal fraction) {
        return to.subtract(from).compareTo(from.multiply(fraction)) > 0;
    }

    /** The copayment dollar margin increased by medical inflation, in cents ($5 x 1.0720 = $5.36). */
    public static BigDecimal copaymentDollarMargin(BigDecimal dollars, BigDecimal medicalInflation) {
        return dollars.multiply(BigDecimal.ONE.add(medicalInflation)).setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * A copayment increase ends grandfathered status only if it exceeds both the dollar margin and the maximum
     * percentage increase of the original copayment (the greater of the two, 45 CFR 147.140(g)(1)(iv)).
     */
    public static boolean copaymentIncreaseTooLarge(BigDecimal from, BigDecimal to, BigDecimal dollarMargin,
            BigDecimal maxPercentageIncrease) {
        BigDecimal increase = to.subtract(from);
        return increase.compareTo(dollarMargin) > 0 && increase.compareTo(from.multiply(maxPercentageIncrease)) > 0;
    }

    public static BigDecimal copaymentAllowedIncrease(BigDecimal from, BigDecimal dollarMargin, BigDecimal maxPercentageIncrease) {
        return dollarMargin.max(from.multiply(maxPercentageIncrease).setScale(2, RoundingMode.HALF_UP));
    }

    /** 0.1975 -> "19.75%". */
    public static String pct(BigDecimal fraction) {
        return decimal(fraction.multiply(HUNDRED), "0.##") + "%";
    }

    /** 0.05 -> "5 percentage points". */
    public static String points(BigDecimal fraction) {
        return decimal(fraction.multiply(HUNDRED), "0.##") + " percentage points";
    }

    /** 5000 -> "$5,000"; 5.36 -> "$5.36". */
    public static String money(BigDecimal amount) {
        return "$" + decimal(amount, amount.stripTrailingZeros().scale() > 0 ? "#,##0.00" : "#,##0");
    }

    /** 0.6000 -> "0.60". */
    public static String av(BigDecimal value) {
        return decimal(value, "0.00##");
    }

    private static String decimal(BigDecimal value, String pattern) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.US));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }
}
