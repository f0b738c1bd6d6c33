package org.acarules.facts;

public record Outcome(String personId, CoverageOutcome outcome) implements PersonFact {
}
