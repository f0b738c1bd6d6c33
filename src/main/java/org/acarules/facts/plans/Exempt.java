package org.acarules.facts.plans;

/** A requirement that does not bind this plan, the rule that says so and why. */
public record Exempt(Requirement requirement, String rule, String basis) {
}
