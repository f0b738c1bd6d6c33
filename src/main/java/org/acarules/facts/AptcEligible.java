package org.acarules.facts;

public record AptcEligible(String personId) implements PersonFact {
}
