package org.acarules.eligibility;

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
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import org.acarules.facts.FilingStatus;
import org.acarules.facts.ImmigrationStatus;
import org.acarules.facts.QualifiedAlienCategory;
import org.acarules.facts.Relationship;

/**
 * POST /api/v1/eligibility: a tax household in a place and year, with optional benchmark and plan premiums, and
 * optional {@code parameter_overrides} (parameter id -> value, for this request only: an analyst's what-if).
 */
public record EligibilityRequest(
        @NotNull Integer year,
        LocalDate coverageDate,
        @NotNull @Valid Place place,
        @NotNull @Valid HouseholdInput household,
        @Valid MonthlyAmount benchmarkPremium,
        @Valid MonthlyAmount planPremium,
        Map<String, JsonNode> parameterOverrides) {

    /** The same request with a benchmark premium, as the plan catalogue gives it when the caller gave none. */
    public EligibilityRequest withBenchmark(BigDecimal monthly) {
        return new EligibilityRequest(year, coverageDate, place, household, new MonthlyAmount(monthly), planPremium,
                parameterOverrides);
    }

    public record Place(@NotBlank String state, String countyfips, String zipcode) {
    }

    public record HouseholdInput(
            @NotNull @DecimalMin(value = "0", message = "must not be negative") BigDecimal income,
            @NotNull FilingStatus filingStatus,
            @NotNull @Size(min = 1, max = 20, message = "must list between 1 and 20 people") List<@NotNull @Valid PersonInput> people) {
    }

    public record PersonInput(
            @NotBlank @Size(max = 64) String id,
            @NotNull @Min(0) @Max(120) Integer age,
            @NotNull Relationship relationship,
            Boolean seeksCoverage,
            Boolean isTaxDependent,
            Boolean usesTobacco,
            Boolean isPregnant,
            @NotNull ImmigrationStatus immigrationStatus,
            Boolean barredFromMedicaidByImmigrationStatus,
            Boolean isIncarcerated,
            Boolean isAian,
            Boolean hasOtherMec,
            Boolean hasHardshipExemption,
            @Valid EmployerOfferInput employerOffer,
            QualifiedAlienCategory qualifiedAlienCategory,
            LocalDate qualifiedStatusDate,
            Boolean veteranOrActiveDuty,
            Boolean eligibleAlien) {
    }

    public record EmployerOfferInput(
            @NotNull @DecimalMin(value = "0", message = "must not be negative") BigDecimal selfOnlyMonthlyContribution,
            @DecimalMin(value = "0", message = "must not be negative") BigDecimal familyMonthlyContribution,
            @NotNull Boolean providesMinimumValue) {
    }

    public record MonthlyAmount(@NotNull @DecimalMin(value = "0", message = "must not be negative") BigDecimal monthly) {
    }
}
