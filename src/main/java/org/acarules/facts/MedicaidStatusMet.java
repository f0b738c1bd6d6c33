package org.acarules.facts;

public record MedicaidStatusMet(String personId) implements PersonFact {
}
