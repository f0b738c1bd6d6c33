package org.acarules.plans.benchmark;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;

/**
 * How a benchmark premium was estimated from the rating-area figures in benefit-definitions, as answers show it: the
 * place and its rating area, the age-0 figure and where it came from (parameter, file, the source its year cites), how
 * each member was age-rated, and that it is an estimate.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BenchmarkEstimate(String source, int year, String state, String countyfips, String countyName,
        String ratingArea, BigDecimal age0Monthly, String ageRating, BigDecimal age0Factor, List<MemberPremium> members,
        FamilyTier familyTier, String parameter, String file, String reference, String note) {

    /** The answers' {@code source} of an estimated benchmark. */
    public static final String SOURCE = "rating_area_estimate";

    /**
     * One covered member: the age factor of the state's curve, whether charged (the three-oldest-children rule) and the
     * premium, age-0 figure x age factor / age-0 factor, rounded to the cent. Null factor and premium in a family-tier
     * state, where the household pays one tier premium.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MemberPremium(String id, int age, BigDecimal ageFactor, boolean charged, BigDecimal premium) {
    }

    public record FamilyTier(String tier, BigDecimal multiplier) {
    }
}
