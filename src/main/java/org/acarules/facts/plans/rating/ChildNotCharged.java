package org.acarules.facts.plans.rating;

import org.acarules.facts.PersonFact;

/** A child under 21 beyond the three oldest: covered, but no premium is charged for them. */
public record ChildNotCharged(String personId) implements PersonFact {
}
