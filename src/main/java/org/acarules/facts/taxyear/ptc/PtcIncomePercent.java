package org.acarules.facts.taxyear.ptc;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Form 8962 line 5: household income as a percent of the poverty line, decimals dropped, or 401 when
 * income is above the top code (Worksheet 2). {@code ratio} is the exact fraction (12 places, truncated),
 * used where the law compares income itself with a multiple of the poverty line.
 */
public record PtcIncomePercent(int line5, BigDecimal ratio, boolean topCoded) {

    public static PtcIncomePercent of(BigDecimal income, BigDecimal guideline, BigDecimal topCode) {
        BigDecimal ratio = income.divide(guideline, 12, RoundingMode.DOWN);
        boolean above = topCode != null && income.compareTo(guideline.multiply(topCode)) > 0;
        int whole = above ? topCode.movePointRight(2).intValueExact() + 1
                : ratio.movePointRight(2).setScale(0, RoundingMode.DOWN).intValueExact();
        return new PtcIncomePercent(whole, ratio, above);
    }

    /** Line 5 as a fraction of the poverty line: the x of Table 2 (applicable figure) and Table 5 (repayment limitation). */
    public BigDecimal line5Ratio() {
        return BigDecimal.valueOf(line5, 2);
    }
}
