package org.acarules.facts;

/** Cost-sharing reduction: 94, 87 or 73 (silver variants), zero or limited (AI/AN). */
public record CsrLevel(String personId, String level) implements PersonFact {
}
