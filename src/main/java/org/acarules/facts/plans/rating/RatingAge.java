package org.acarules.facts.plans.rating;

import java.time.LocalDate;
import java.time.Period;
import org.acarules.facts.PersonFact;

/** The age a member is rated at: given, or their age in whole years on the policy's effective date. */
public record RatingAge(String personId, int age) implements PersonFact {

    /**
     * Whole years from birth to {@code date}: a birthday counts from its day (someone born on February 29 turns a
     * year older on March 1 in a common year).
     */
    public static RatingAge on(String personId, LocalDate dateOfBirth, LocalDate date) {
        return new RatingAge(personId, Period.between(dateOfBirth, date).getYears());
    }
}
