package org.acarules.facts.plans.rating;

import java.math.BigDecimal;

/** The part of the monthly premium the premium tax credit may cover: never the tobacco surcharge. */
public record AptcEligiblePremium(BigDecimal monthly) {
}
