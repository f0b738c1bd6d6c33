package org.acarules.facts;

/** May buy a catastrophic plan, on {@code basis}: under_30 or hardship_exemption. */
public record CatastrophicEligible(String personId, String basis) implements PersonFact {
}
