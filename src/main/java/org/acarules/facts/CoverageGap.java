package org.acarules.facts;

public record CoverageGap(String personId) implements PersonFact {
}
