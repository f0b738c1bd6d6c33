package org.acarules.facts.plans.enrollment;

import java.time.LocalDate;

/** A qualifying life event the applicant reported, by its position in the request. */
public record LifeEvent(int index, LifeEventType type, LocalDate date) {
}
