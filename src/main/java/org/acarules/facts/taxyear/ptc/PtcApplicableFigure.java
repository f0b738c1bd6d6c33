package org.acarules.facts.taxyear.ptc;

import java.math.BigDecimal;

/** Form 8962 line 7: the applicable figure (Table 2) at the line 5 percent, four decimals. */
public record PtcApplicableFigure(BigDecimal value) {
}
