package org.acarules.facts.plans;

import java.math.BigDecimal;

/** The actuarial value range (inclusive) a plan of this metal level must fall in for the plan year. */
public record AvRange(MetalLevel level, BigDecimal target, BigDecimal min, BigDecimal max) {
}
