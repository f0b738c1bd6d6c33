package org.acarules.facts;

/** Eligible for affordable, minimum-value coverage through {@code employeeId}'s job, tested on {@code basis}. */
public record EmployerCoverage(String personId, String employeeId, String basis) implements PersonFact {
}
