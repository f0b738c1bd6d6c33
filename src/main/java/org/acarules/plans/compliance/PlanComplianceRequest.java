package org.acarules.plans.compliance;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.acarules.facts.plans.ChangeType;
import org.acarules.facts.plans.FixedCostSharing;
import org.acarules.facts.plans.Market;
import org.acarules.facts.plans.MetalLevel;

/** POST /api/v1/plans/compliance: one plan's design for one plan year. */
public record PlanComplianceRequest(@NotNull Integer planYear, @NotNull @Valid PlanInput plan) {

    public record PlanInput(
            @Size(max = 64) String id,
            @NotNull Market market,
            @NotBlank String state,
            MetalLevel metalLevel,
            Boolean expandedBronze,
            @DecimalMin(value = "0", message = "must be between 0 and 1") @DecimalMax(value = "1", message = "must be between 0 and 1") BigDecimal actuarialValue,
            @NotNull @Valid OutOfPocketMaximum oopMax,
            @NotNull @Size(max = 200, message = "must list at most 200 benefits") List<@NotNull @Valid BenefitInput> benefits,
            @NotNull Boolean preventiveCostSharing,
            @NotNull @Min(0) @Max(120) Integer dependentAgeLimit,
            @NotNull Boolean preExistingConditionExclusions,
            @Valid GrandfatheredInput grandfathered,
            @Valid TransitionalInput transitional) {
    }

    public record OutOfPocketMaximum(
            @NotNull @DecimalMin(value = "0", message = "must not be negative") BigDecimal selfOnly,
            @NotNull @DecimalMin(value = "0", message = "must not be negative") BigDecimal family) {
    }

    /** A covered benefit: an essential health benefit category id or a service of one; null limits mean none. */
    public record BenefitInput(
            @NotBlank String benefit,
            @DecimalMin(value = "0", message = "must not be negative") BigDecimal annualDollarLimit,
            @DecimalMin(value = "0", message = "must not be negative") BigDecimal lifetimeDollarLimit) {
    }

    public record GrandfatheredInput(
            @NotNull LocalDate oldestEnrolleeJoined,
            @DecimalMin(value = "0", message = "must not be negative") @DecimalMax(value = "10", message = "must be a fraction such as 0.072") BigDecimal medicalInflation,
            @DecimalMin(value = "0", inclusive = false, message = "must be positive") BigDecimal medicalCareCpi,
            @Size(max = 50) List<@NotNull @Valid ChangeInput> changes) {
    }

    public record ChangeInput(
            @NotNull ChangeType type,
            FixedCostSharing costSharing,
            @Size(max = 200) String condition,
            @DecimalMin(value = "0", message = "must not be negative") BigDecimal from,
            @DecimalMin(value = "0", message = "must not be negative") BigDecimal to,
            @DecimalMin(value = "0", message = "must not be negative") BigDecimal lifetimeLimitBefore) {
    }

    public record TransitionalInput(@NotNull LocalDate originalIssueDate, @NotNull Boolean statePermitsRenewal) {
    }
}
