package org.acarules.facts.plans.rating;

import java.math.BigDecimal;
import org.acarules.facts.PersonFact;

/** The factor the member's age-rated premium is multiplied by for tobacco use (1 for a non-user or a ban). */
public record TobaccoFactor(String personId, BigDecimal factor) implements PersonFact {
}
