package org.acarules.facts.plans;

/** Whether the enrollee can keep (renew) the plan as it stands for the next plan year. */
public record Renewal(boolean canRenew) {
}
