package org.acarules.facts.taxyear.ptc;

import java.math.BigDecimal;

/** Form 8962 line 4: the poverty line for the family size, from HHS's table for {@code guidelineYear} or from the filer. */
public record PtcPovertyLine(BigDecimal guideline, Integer guidelineYear, boolean givenByFiler) {
}
