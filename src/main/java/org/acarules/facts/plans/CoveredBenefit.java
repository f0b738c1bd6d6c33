package org.acarules.facts.plans;

import java.math.BigDecimal;

/** A benefit the plan covers, resolved to its essential health benefit category; null limits mean none. */
public record CoveredBenefit(int index, String benefit, String categoryId, String categoryName,
        BigDecimal annualDollarLimit, BigDecimal lifetimeDollarLimit) {
}
