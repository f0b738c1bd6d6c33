package org.acarules.eligibility;

import java.math.BigDecimal;

/**
 * GET /api/v1/households/pcfpl: household income as a percent of the poverty guideline the premium tax credit uses,
 * under CMS's name {@code pc_fpl} (two decimals, the rest dropped); the other fields say which guideline it was.
 */
public record PovertyLevel(BigDecimal pcFpl, int year, String state, int size, BigDecimal income, int guidelineYear,
        BigDecimal povertyGuideline, String rulesetVersion) {
}
