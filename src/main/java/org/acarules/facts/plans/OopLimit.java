package org.acarules.facts.plans;

import java.math.BigDecimal;

/** The plan year's maximum annual limitation on cost sharing. */
public record OopLimit(BigDecimal selfOnly, BigDecimal family) {
}
