package org.acarules.facts;

/** The five-year bar of 8 USC 1613(a) does not apply to the person; {@code exception} names which paragraph of 1613(b). */
public record FiveYearBarException(String personId, String exception) implements PersonFact {
}
