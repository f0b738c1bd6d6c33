package org.acarules.facts.plans;

/** The plan keeps grandfathered status this plan year. */
public record Grandfathered() {
}
