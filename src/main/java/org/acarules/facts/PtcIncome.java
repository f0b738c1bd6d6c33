package org.acarules.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Household income against the poverty guideline the premium tax credit uses. {@code ratio} is exact
 * (to 12 places); {@code wholePercent} is Form 8962 line 5: the percentage with its decimals dropped.
 */
public record PtcIncome(LocalDate taxYearStart, int guidelineYear, BigDecimal guideline, BigDecimal ratio,
        int wholePercent) {

    public static PtcIncome of(LocalDate taxYearStart, int guidelineYear, BigDecimal income, BigDecimal guideline) {
        BigDecimal ratio = income.divide(guideline, 12, RoundingMode.DOWN);
        int whole = ratio.movePointRight(2).setScale(0, RoundingMode.DOWN).intValueExact();
        return new PtcIncome(taxYearStart, guidelineYear, guideline, ratio, whole);
    }

    /** The whole percent as a fraction of the poverty line, the x of the applicable percentage table. */
    public BigDecimal wholePercentRatio() {
        return BigDecimal.valueOf(wholePercent, 2);
    }
}
