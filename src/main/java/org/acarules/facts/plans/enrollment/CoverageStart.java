package org.acarules.facts.plans.enrollment;

import java.time.LocalDate;

/** A coverage effective date one enrollment basis allows (eventIndex -1: open enrollment or the Indian monthly period). */
public record CoverageStart(LocalDate date, String basis, int eventIndex) {
}
