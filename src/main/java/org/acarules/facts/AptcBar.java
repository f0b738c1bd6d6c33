package org.acarules.facts;

/** A reason no premium tax credit is allowed for the person's coverage. */
public record AptcBar(String personId, String reason) implements PersonFact {
}
