package org.acarules.facts;

/** Eligible for CHIP as {@code category}: child (a targeted low-income child) or pregnant (CHIP pregnancy coverage). */
public record ChipEligible(String personId, String category) implements PersonFact {
}
