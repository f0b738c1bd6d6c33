package org.acarules.facts;

public record ChipEligible(String personId) implements PersonFact {
}
