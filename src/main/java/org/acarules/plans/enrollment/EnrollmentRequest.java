package org.acarules.plans.enrollment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.acarules.facts.plans.enrollment.LifeEventType;

/**
 * POST /api/v1/enrollment: may this applicant enroll for the plan year on the application (plan selection)
 * date? health_status and pre_existing_conditions are accepted only to be reported as ignored. state (optional):
 * where the applicant lives; a State-based Exchange's own open enrollment window applies where one is recorded.
 */
public record EnrollmentRequest(
        @NotNull Integer planYear,
        @NotNull LocalDate applicationDate,
        @NotNull @Valid Applicant applicant,
        @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter state code") String state,
        @Size(max = 20, message = "must list at most 20 events") List<@NotNull @Valid QualifyingLifeEvent> qualifyingLifeEvents) {

    /**
     * householdIncomeFplPercent and aptcEligible are read only for the low-income monthly period (155.420(d)(16)):
     * projected household income as a percent of the poverty line, and eligibility for advance payments.
     */
    public record Applicant(@NotBlank @Size(max = 64) String id, Boolean isAian, Object healthStatus,
            Object preExistingConditions,
            @DecimalMin(value = "0", message = "must not be negative") BigDecimal householdIncomeFplPercent,
            Boolean aptcEligible) {
    }

    /**
     * priorCoverage: for a marriage or a permanent move, whether the applicant (for a marriage, either spouse) had
     * minimum essential coverage - or met another condition of 45 CFR 155.420(a)(5) - on at least one day in the 60
     * days before the event. Null: not stated, and the condition is reported as not checked.
     */
    public record QualifyingLifeEvent(@NotNull LifeEventType type, @NotNull LocalDate date, Boolean priorCoverage) {
    }

    public List<QualifyingLifeEvent> events() {
        return qualifyingLifeEvents == null ? List.of() : qualifyingLifeEvents;
    }
}
