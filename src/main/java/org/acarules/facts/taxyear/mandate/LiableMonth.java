package org.acarules.facts.taxyear.mandate;

import org.acarules.facts.PersonFact;

/** Conclusion: a month the person had neither coverage nor an exemption; the taxpayer is liable for it. */
public record LiableMonth(String personId, int month, boolean under18) implements PersonFact {
}
