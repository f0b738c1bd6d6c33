package org.acarules.facts.plans.enrollment;

/** The application falls in a special enrollment period: the event's (index), or -1 for the Indian monthly period. */
public record SepQualifies(int eventIndex) {
}
