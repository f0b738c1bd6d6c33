package org.acarules.facts.plans.rating;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.acarules.facts.plans.Market;

/**
 * The household a plan is rated for: state, plan year (parameters are read at its January 1), the plan's
 * age-21 monthly base rate, the plan's own tobacco factor if given, who is covered by relationship, the policy's
 * effective date (its issuance or renewal; null when the request gives none) and the market (individual or small group).
 */
public record RatingHousehold(String state, int year, BigDecimal baseRate, BigDecimal planTobaccoFactor,
        int adults, int children, int otherRelatives, LocalDate effectiveDate, Market market) {

    /** An individual-market household without an effective date (the benchmark plans' rating). */
    public RatingHousehold(String state, int year, BigDecimal baseRate, BigDecimal planTobaccoFactor,
            int adults, int children, int otherRelatives) {
        this(state, year, baseRate, planTobaccoFactor, adults, children, otherRelatives, null, Market.INDIVIDUAL);
    }

    public LocalDate ratingDate() {
        return LocalDate.of(year, 1, 1);
    }

    public boolean smallGroup() {
        return market == Market.SMALL_GROUP;
    }

    /** The parameter of this household's market: the individual market's id, or the id with "_small_group" appended. */
    public String marketParameter(String individualMarketId) {
        return smallGroup() ? individualMarketId + "_small_group" : individualMarketId;
    }

    /** Whether {@code lastUse} falls within the {@code months} before the effective date (on or after its first day). */
    public boolean withinLookBack(LocalDate lastUse, int months) {
        return !lastUse.isBefore(effectiveDate.minusMonths(months));
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
