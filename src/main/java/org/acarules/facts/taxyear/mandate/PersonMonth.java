package org.acarules.facts.taxyear.mandate;

import org.acarules.facts.PersonFact;

/**
 * One calendar month of one person: covered by minimum essential coverage for at least one day, and whether
 * the person had not attained age 18 before the first day of the month (26 CFR 1.5000A-4(b)(2)(iii)).
 * Months before the month a person was born are not generated: they are no months of that person.
 */
public record PersonMonth(String personId, int month, boolean covered, boolean under18) implements PersonFact {
}
