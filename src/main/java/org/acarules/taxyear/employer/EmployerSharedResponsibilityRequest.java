package org.acarules.taxyear.employer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * POST /api/v1/employer-shared-responsibility: one applicable large employer member's year. Months are given either
 * as a list of all twelve ({@code months}) or as one record that holds for every month ({@code every_month}); never
 * both, never a partial year (nothing is defaulted).
 */
public record EmployerSharedResponsibilityRequest(
        @NotNull Integer year,
        @Size(max = 64) String employerId,
        @NotNull @Valid PriorYear priorYear,
        @Size(min = 12, max = 12, message = "must list the 12 months of the year") List<@NotNull @Valid Month> months,
        @Valid Month everyMonth,
        @Size(max = 100, message = "must list at most 100 other members") List<@NotNull @Valid Member> otherMembers,
        @Valid ApplicablePaymentAmounts applicablePaymentAmounts) {

    /** The preceding calendar year, for applicable-large-employer status (the whole aggregated group's workforce). */
    public record PriorYear(
            @Size(min = 12, max = 12, message = "must list the 12 months of the preceding year") List<@NotNull @Valid PriorMonth> months,
            @Valid PriorMonth everyMonth) {
    }

    public record PriorMonth(
            @Min(value = 1, message = "must be a month from 1 to 12") @Max(value = 12, message = "must be a month from 1 to 12") Integer month,
            @NotNull @Min(value = 0, message = "must not be negative") Integer fullTimeEmployees,
            @NotNull @DecimalMin(value = "0", message = "must not be negative") BigDecimal partTimeHours,
            @DecimalMin(value = "0", message = "must not be negative") BigDecimal seasonalWorkers) {
    }

    public record Month(
            @Min(value = 1, message = "must be a month from 1 to 12") @Max(value = 12, message = "must be a month from 1 to 12") Integer month,
            @NotNull @Min(value = 0, message = "must not be negative") Integer fullTimeEmployees,
            @NotNull @DecimalMin(value = "0", message = "must be a share from 0 to 1")
            @DecimalMax(value = "1", message = "must be a share from 0 to 1") BigDecimal offerShare,
            @NotNull @Min(value = 0, message = "must not be negative") Integer ptcEmployeesNotOffered,
            @NotNull @Min(value = 0, message = "must not be negative") Integer ptcEmployeesOfferedUnaffordableOrNotMv) {
    }

    /** Another member of the aggregated (controlled) group: its full-time employees every month or month by month. */
    public record Member(
            @NotBlank @Size(max = 64) String id,
            @Min(value = 0, message = "must not be negative") Integer fullTimeEmployees,
            @Size(min = 12, max = 12, message = "must list the 12 months of the year")
            List<@NotNull @Min(value = 0, message = "must not be negative") Integer> monthlyFullTimeEmployees) {
    }

    /** Annual amounts to use instead of the year's indexed ones (e.g. a regulation example's $2,000 and $3,000). */
    public record ApplicablePaymentAmounts(
            @NotNull @DecimalMin(value = "0", message = "must not be negative") BigDecimal section4980hA,
            @NotNull @DecimalMin(value = "0", message = "must not be negative") BigDecimal section4980hB) {
    }
}
