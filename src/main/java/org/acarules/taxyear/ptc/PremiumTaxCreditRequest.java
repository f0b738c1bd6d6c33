package org.acarules.taxyear.ptc;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.acarules.facts.FilingStatus;
import org.acarules.facts.Relationship;

/**
 * POST /api/v1/premium-tax-credit: a Form 8962 reconciliation. Coverage is given either month by month
 * ({@code months}, Form 8962 lines 12-23) or as annual totals ({@code annual}, line 11), never both.
 */
public record PremiumTaxCreditRequest(
        @NotNull Integer year,
        @NotNull @Valid Place place,
        @NotNull FilingStatus filingStatus,
        @NotNull @DecimalMin(value = "0", message = "must not be negative") BigDecimal householdIncome,
        @NotNull @Size(min = 1, max = 20, message = "must list between 1 and 20 people") List<@NotNull @Valid FamilyMember> taxFamily,
        @Size(min = 1, max = 12, message = "must list between 1 and 12 months") List<@NotNull @Valid MonthInput> months,
        @Valid AnnualInput annual,
        @DecimalMin(value = "0", inclusive = false, message = "must be positive") BigDecimal povertyGuideline) {

    public record Place(@NotBlank String state) {
    }

    public record FamilyMember(
            @NotBlank @Size(max = 64) String id,
            @NotNull @Min(0) @Max(120) Integer age,
            @NotNull Relationship relationship,
            Boolean isTaxDependent) {
    }

    public record MonthInput(
            @NotNull @Min(value = 1, message = "must be between 1 and 12") @Max(value = 12, message = "must be between 1 and 12") Integer month,
            @NotNull Boolean covered,
            @NotNull @DecimalMin(value = "0", message = "must not be negative") BigDecimal enrollmentPremium,
            @NotNull @DecimalMin(value = "0", message = "must not be negative") BigDecimal benchmarkPremium,
            @NotNull @DecimalMin(value = "0", message = "must not be negative") BigDecimal aptc) {
    }

    public record AnnualInput(
            @NotNull @DecimalMin(value = "0", message = "must not be negative") BigDecimal enrollmentPremium,
            @NotNull @DecimalMin(value = "0", message = "must not be negative") BigDecimal benchmarkPremium,
            @NotNull @DecimalMin(value = "0", message = "must not be negative") BigDecimal aptc) {
    }
}
