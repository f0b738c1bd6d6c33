package org.acarules.facts.taxyear.ptc;

/** The filer is an applicable taxpayer (26 USC 36B(c)(1)); {@code basis} says why (income in range, or below it with APTC paid). */
public record PtcApplicableTaxpayer(String basis) {
}
