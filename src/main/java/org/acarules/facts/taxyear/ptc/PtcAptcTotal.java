package org.acarules.facts.taxyear.ptc;

import java.math.BigDecimal;
import java.util.Collection;

/** Form 8962 line 25: advance payments of the credit for the year, the sum of column (f). */
public record PtcAptcTotal(BigDecimal amount) {

    public static PtcAptcTotal of(Collection<?> periods) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Object p : periods) {
            sum = sum.add(((PtcPeriod) p).aptc());
        }
        return new PtcAptcTotal(Money.cents(sum));
    }

    public boolean paid() {
        return amount.signum() > 0;
    }
}
