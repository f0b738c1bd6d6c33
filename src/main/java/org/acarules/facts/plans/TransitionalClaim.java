package org.acarules.facts.plans;

import java.time.LocalDate;

/** The plan claims the transitional ("grandmothered") policy: when it was first issued, and whether the state lets issuers renew it. */
public record TransitionalClaim(LocalDate originalIssueDate, boolean statePermitsRenewal) {
}
