package org.acarules.facts.plans;

import java.math.BigDecimal;

/**
 * One change made since March 23, 2010, in request order. {@code from}/{@code to}: coinsurance or contribution
 * rates as fractions, dollar amounts otherwise; for an annual limit a null {@code from} means there was none.
 */
public record PlanChange(int index, ChangeType type, FixedCostSharing costSharing, String condition,
        BigDecimal from, BigDecimal to, BigDecimal lifetimeLimitBefore) {
}
