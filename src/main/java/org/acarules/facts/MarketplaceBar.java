package org.acarules.facts;

/** A reason the person may not enroll in a qualified health plan through the Exchange. */
public record MarketplaceBar(String personId, String reason) implements PersonFact {
}
