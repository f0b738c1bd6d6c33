package org.acarules.facts;

import java.time.LocalDate;

/**
 * A lawfully present person's qualified-alien category (8 USC 1641), the date they obtained it, and whether they are
 * a veteran or on active duty (8 USC 1613(b)(2)). Inserted only when the caller gave a category and made no
 * determination of the Medicaid bar themselves: the caller's {@code barred_from_medicaid_by_immigration_status} wins.
 */
public record QualifiedAlien(String personId, QualifiedAlienCategory category, LocalDate statusDate,
        boolean veteranOrActiveDuty) implements PersonFact {
}
