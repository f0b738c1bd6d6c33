package org.acarules.eligibility;

import java.math.BigDecimal;

/** GET /api/v1/households/pcfpl: household income as a percent of the poverty guideline the premium tax credit uses. */
public record PovertyLevel(int year, String state, int size, BigDecimal income, int guidelineYear,
        BigDecimal povertyGuideline, BigDecimal percent, String rulesetVersion) {
}
