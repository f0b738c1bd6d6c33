package org.acarules.facts.plans;

/** The plan's status as the rules decided it. */
public record StatusDecision(ComplianceStatus status) {
}
