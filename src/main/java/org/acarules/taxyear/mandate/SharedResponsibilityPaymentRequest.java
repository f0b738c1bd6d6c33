package org.acarules.taxyear.mandate;

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
import org.acarules.facts.FilingStatus;
import org.acarules.facts.Relationship;
import org.acarules.facts.taxyear.mandate.ExemptionType;

/**
 * POST /api/v1/shared-responsibility-payment: a return's household for one tax year, each person's months of
 * coverage and exemptions. filing_threshold and bronze_premium_annual_per_person replace the year's figures
 * (the worksheet lets a filer enter their own; the regulation's examples use illustrative ones).
 */
public record SharedResponsibilityPaymentRequest(
        @NotNull Integer year,
        @NotNull @Valid Place place,
        @NotNull FilingStatus filingStatus,
        @NotNull @DecimalMin(value = "0", message = "must not be negative") BigDecimal householdIncome,
        @NotNull @Size(min = 1, max = 20, message = "must list between 1 and 20 people") List<@NotNull @Valid PersonInput> people,
        @DecimalMin(value = "0", message = "must not be negative") BigDecimal filingThreshold,
        @DecimalMin(value = "0", message = "must not be negative") BigDecimal bronzePremiumAnnualPerPerson) {

    public record Place(@NotBlank String state) {
    }

    public record PersonInput(
            @NotBlank @Size(max = 64) String id,
            LocalDate dateOfBirth,
            @Min(0) @Max(120) Integer age,
            @NotNull Relationship relationship,
            List<@NotNull Integer> coveredMonths,
            List<@NotNull @Valid ExemptionInput> exemptions) {

        public List<Integer> coveredMonthsOrEmpty() {
            return coveredMonths == null ? List.of() : coveredMonths;
        }

        public List<ExemptionInput> exemptionsOrEmpty() {
            return exemptions == null ? List.of() : exemptions;
        }
    }

    public record ExemptionInput(
            @NotNull ExemptionType type,
            @NotNull @Size(min = 1, message = "must list at least one month") List<@NotNull Integer> months,
            @DecimalMin(value = "0", message = "must not be negative") BigDecimal requiredContribution) {
    }
}
