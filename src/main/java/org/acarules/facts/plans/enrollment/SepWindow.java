package org.acarules.facts.plans.enrollment;

import java.time.LocalDate;

/** The special enrollment period a life event opens: plan selection allowed from opens to deadline, inclusive. */
public record SepWindow(int eventIndex, LifeEventType type, LocalDate eventDate, LocalDate opens, LocalDate deadline) {

    public boolean contains(LocalDate date) {
        return !date.isBefore(opens) && !date.isAfter(deadline);
    }
}
