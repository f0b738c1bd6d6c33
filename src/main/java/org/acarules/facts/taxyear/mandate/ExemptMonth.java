package org.acarules.facts.taxyear.mandate;

import org.acarules.facts.PersonFact;

/** Conclusion: the person is an exempt individual for this uncovered month, under this exemption. */
public record ExemptMonth(String personId, int month, ExemptionType type) implements PersonFact {
}
