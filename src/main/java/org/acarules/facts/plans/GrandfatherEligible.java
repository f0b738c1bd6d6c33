package org.acarules.facts.plans;

/** The claim holds. */
public record GrandfatherEligible() {
}
