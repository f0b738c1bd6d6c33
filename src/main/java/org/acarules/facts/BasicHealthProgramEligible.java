package org.acarules.facts;

/**
 * Eligible for the state's Basic Health Program, or the programme a section 1332 waiver put in its place:
 * {@code program} is its name (e.g. MinnesotaCare), {@code basis} the law it runs under (section_1331 or
 * section_1332_waiver), both read from the state's dated parameters.
 */
public record BasicHealthProgramEligible(String personId, String program, String basis) implements PersonFact {
}
