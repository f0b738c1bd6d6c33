package org.acarules.facts.plans.enrollment;

import java.time.LocalDate;

/**
 * A qualifying life event the applicant reported, by its position in the request. priorCoverage: the 60-day prior
 * coverage condition of 45 CFR 155.420(a)(5) met (true), not met (false), or not stated (null).
 */
public record LifeEvent(int index, LifeEventType type, LocalDate date, Boolean priorCoverage) {
}
