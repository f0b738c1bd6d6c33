package org.acarules.facts.taxyear.employer;

/** Whether the employer is an applicable large employer for the year, and on what basis. */
public record AleStatus(boolean applicableLargeEmployer, String basis) {
    public static final String AT_OR_ABOVE_THRESHOLD = "at_or_above_threshold";
    public static final String BELOW_THRESHOLD = "below_threshold";
    public static final String SEASONAL_WORKER_EXCEPTION = "seasonal_worker_exception";
}
