package org.acarules.facts;

import java.math.BigDecimal;

/** The share of household income the household is expected to pay toward the benchmark plan. */
public record ApplicablePercentage(BigDecimal value) {
}
