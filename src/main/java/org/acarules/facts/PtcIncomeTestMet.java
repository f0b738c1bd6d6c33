package org.acarules.facts;

public record PtcIncomeTestMet(String personId) implements PersonFact {
}
