package org.acarules.facts.taxyear.ptc;

import java.math.BigDecimal;

/**
 * Form 8962 line 28: the most of the excess that is repaid; {@code amount} null means no limit (line 28
 * left blank, the whole excess is repaid). {@code basis} is a stable code for the answer.
 */
public record PtcRepaymentLimitation(BigDecimal amount, String basis) {
}
