package org.acarules.facts.plans.rating;

import org.acarules.facts.PersonFact;

/** Whether a member is rated as a tobacco user, as the rules settled it (from the caller's flag or the date of last use). */
public record TobaccoStatus(String personId, boolean user) implements PersonFact {
}
