package org.acarules.plans.enrollment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.acarules.facts.plans.enrollment.LifeEventType;

/**
 * POST /api/v1/enrollment: may this applicant enroll for the plan year on the application (plan selection)
 * date? health_status and pre_existing_conditions are accepted only to be reported as ignored.
 */
public record EnrollmentRequest(
        @NotNull Integer planYear,
        @NotNull LocalDate applicationDate,
        @NotNull @Valid Applicant applicant,
        @Size(max = 20, message = "must list at most 20 events") List<@NotNull @Valid QualifyingLifeEvent> qualifyingLifeEvents) {

    public record Applicant(@NotBlank @Size(max = 64) String id, Boolean isAian, Object healthStatus,
            Object preExistingConditions) {
    }

    public record QualifyingLifeEvent(@NotNull LifeEventType type, @NotNull LocalDate date) {
    }

    public List<QualifyingLifeEvent> events() {
        return qualifyingLifeEvents == null ? List.of() : qualifyingLifeEvents;
    }
}
