package org.acarules.facts.taxyear.employer;

/** Whether the member is treated as offering coverage to its full-time employees (and dependents) for the month. */
public record OfferTest(int month, boolean met) {
}
