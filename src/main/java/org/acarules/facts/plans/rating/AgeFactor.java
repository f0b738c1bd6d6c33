package org.acarules.facts.plans.rating;

import java.math.BigDecimal;
import org.acarules.facts.PersonFact;

/** The member's age factor: the share of the age-21 rate the member's age is charged. */
public record AgeFactor(String personId, BigDecimal factor) implements PersonFact {
}
