package org.acarules.facts.taxyear.ptc;

/** No premium tax credit is allowed for the year; {@code reason} is a stable code (below_poverty_line, above_ceiling, married_filing_separately). */
public record PtcNotApplicable(String reason) {
}
