package org.acarules.facts;

/** The household's income fails the credit's income test for this person: below_floor or above_ceiling. */
public record PtcIncomeTestFailed(String personId, String reason) implements PersonFact {
}
