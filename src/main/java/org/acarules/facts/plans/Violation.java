package org.acarules.facts.plans;

/** A requirement that binds the plan and that it breaks, with the rule and the specifics. */
public record Violation(Requirement requirement, String rule, String detail) {
}
