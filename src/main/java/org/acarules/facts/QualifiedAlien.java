package org.acarules.facts;

import java.time.LocalDate;

/**
 * A lawfully present person's qualified-alien category (8 USC 1641), the date they obtained it, and whether they are
 * a veteran or on active duty (8 USC 1613(b)(2)). {@code callerDetermined}: the caller also gave
 * {@code barred_from_medicaid_by_immigration_status}, which wins, so no bar is computed for this person (the fact still
 * serves a spouse or child whose exception rests on this person's service, 1613(b)(2)(C)).
 */
public record QualifiedAlien(String personId, QualifiedAlienCategory category, LocalDate statusDate,
        boolean veteranOrActiveDuty, boolean callerDetermined) implements PersonFact {
}
