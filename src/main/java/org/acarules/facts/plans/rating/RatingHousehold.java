package org.acarules.facts.plans.rating;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The household a plan is rated for: state, plan year (parameters are read at its January 1), the plan's
 * age-21 monthly base rate, the plan's own tobacco factor if given, and who is covered by relationship.
 */
public record RatingHousehold(String state, int year, BigDecimal baseRate, BigDecimal planTobaccoFactor,
        int adults, int children, int otherRelatives) {

    public LocalDate ratingDate() {
        return LocalDate.of(year, 1, 1);
    }

    /** The family tier (45 CFR 147.102(c)(2)) by adults (self, spouse) and children; null when it has none. */
    public String familyTier() {
        if (otherRelatives > 0) {
            return null;
        }
        if (adults == 0) {
            return "child_only";
        }
        String head = adults == 1 ? "one_adult" : "two_adults";
        return children > 0 ? head + "_with_children" : head;
    }
}
