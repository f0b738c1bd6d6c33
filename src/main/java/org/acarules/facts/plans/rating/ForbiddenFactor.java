package org.acarules.facts.plans.rating;

import org.acarules.facts.PersonFact;

/** A member's request carried a field the law forbids rating on (health status, gender, ...): it is ignored. */
public record ForbiddenFactor(String personId, String field) implements PersonFact {
}
