package org.acarules.facts;

/** The person, lawfully present, may not get full Medicaid because of immigration status; {@code reason} says why. */
public record MedicaidImmigrationBar(String personId, String reason) implements PersonFact {
}
