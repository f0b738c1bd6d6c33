package org.acarules.plans.premiums;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.acarules.facts.Relationship;
import org.acarules.facts.plans.Market;

/**
 * POST /api/v1/premiums: a household, a state and plan year, and one plan's monthly rate for a 21-year-old.
 * The fields health_status, pre_existing_conditions, gender and claims_history are accepted on a member only
 * to be reported as ignored: the law forbids rating on them. {@code effectiveDate} is the policy's issuance or
 * renewal date, needed when a member gives a date of birth or of last tobacco use; {@code market} defaults to the
 * individual market.
 */
public record PremiumRequest(
        @NotNull Integer year,
        @NotNull @Valid Place place,
        @NotNull @Valid Plan plan,
        @NotNull @Valid Household household,
        LocalDate effectiveDate,
        Market market) {

    /** The market the plan is rated in: the individual market unless the request says otherwise. */
    public Market marketOrDefault() {
        return market == null ? Market.INDIVIDUAL : market;
    }

    public record Place(@NotBlank String state) {
    }

    public record Plan(
            @NotNull @DecimalMin(value = "0", inclusive = false, message = "must be a positive monthly amount") BigDecimal baseRateMonthly,
            @DecimalMin(value = "1", message = "must be at least 1 (1 = no surcharge)") BigDecimal tobaccoFactor) {
    }

    public record Household(
            @NotNull @Size(min = 1, max = 20, message = "must list between 1 and 20 people") List<@NotNull @Valid Member> people) {
    }

    public record Member(
            @NotBlank @Size(max = 64) String id,
            @Min(0) @Max(120) Integer age,
            LocalDate dateOfBirth,
            @NotNull Relationship relationship,
            Boolean usesTobacco,
            LocalDate lastTobaccoUseDate,
            Object healthStatus,
            Object preExistingConditions,
            Object gender,
            Object claimsHistory) {
    }
}
