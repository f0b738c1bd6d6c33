package org.acarules.facts.taxyear.ptc;

import java.math.BigDecimal;
import java.util.Collection;

/** Form 8962 line 24: the premium tax credit for the year, the sum of column (e). */
public record PtcCreditTotal(BigDecimal amount) {

    public static PtcCreditTotal of(Collection<?> credits) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Object c : credits) {
            sum = sum.add(((PtcPeriodCredit) c).credit());
        }
        return new PtcCreditTotal(Money.cents(sum));
    }
}
