package org.acarules.facts.plans;

/** A plain sentence a rule concluded about the plan; {@code rule} is the rule's full name. */
public record Finding(String rule, String text) {
}
