package org.acarules.facts.taxyear.mandate;

import java.math.BigDecimal;

/** Conclusion: the year's payment, rounded to the cent, and whether the bronze premium cap set it. */
public record AnnualPayment(BigDecimal amount, boolean bronzeCapApplies) {
}
