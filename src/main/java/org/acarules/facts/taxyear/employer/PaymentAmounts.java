package org.acarules.facts.taxyear.employer;

import java.math.BigDecimal;

/** The annual 4980H(a) and 4980H(b) applicable payment amounts used, and where they came from. */
public record PaymentAmounts(BigDecimal sectionA, BigDecimal sectionB, String source) {
    public static final String PARAMETERS = "benefit_definitions";
    public static final String REQUEST = "request";
}
