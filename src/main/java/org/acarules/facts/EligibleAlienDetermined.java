package org.acarules.facts;

/**
 * The caller's own determination that a lawfully present person is (or is not) an eligible alien for the premium tax
 * credit (26 USC 36B(e)(2) as amended by P.L. 119-21 sec. 71301, from 2027). When given it wins over the one the rules
 * make from the person's qualified-alien category.
 */
public record EligibleAlienDetermined(String personId, boolean eligible) implements PersonFact {
}
