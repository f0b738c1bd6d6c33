package org.acarules.facts.taxyear.ptc;

import java.math.BigDecimal;

/** Form 8962 line 29: the excess advance payments repaid, the smaller of line 27 and line 28 (line 27 when line 28 is blank). */
public record PtcRepayment(BigDecimal amount) {

    public static PtcRepayment of(PtcReconciliation reconciliation, PtcRepaymentLimitation limitation) {
        BigDecimal excess = reconciliation.excessAptc();
        return new PtcRepayment(limitation.amount() == null ? excess : excess.min(limitation.amount().setScale(2)));
    }
}
