package org.acarules.facts.taxyear.ptc;

import java.math.BigDecimal;

/** Form 8962 lines 26 and 27: the net credit (line 24 less line 25) or the excess advance payments (line 25 less line 24). */
public record PtcReconciliation(BigDecimal netCredit, BigDecimal excessAptc) {

    public static PtcReconciliation of(PtcCreditTotal credit, PtcAptcTotal aptc) {
        BigDecimal diff = credit.amount().subtract(aptc.amount());
        return diff.signum() >= 0 ? new PtcReconciliation(diff, BigDecimal.ZERO.setScale(2))
                : new PtcReconciliation(BigDecimal.ZERO.setScale(2), diff.negate());
    }

    public boolean hasExcess() {
        return excessAptc.signum() > 0;
    }
}
