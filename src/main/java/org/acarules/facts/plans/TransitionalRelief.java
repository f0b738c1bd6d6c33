package org.acarules.facts.plans;

/** The plan is a transitional (grandmothered) policy for this plan year. */
public record TransitionalRelief() {
}
