package org.acarules.facts;

/** Eligible for Medicaid in {@code category}: adult, parent, pregnant, infant, child. */
public record MedicaidEligible(String personId, String category) implements PersonFact {
}
