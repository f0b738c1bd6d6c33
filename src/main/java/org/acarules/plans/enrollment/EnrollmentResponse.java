package org.acarules.plans.enrollment;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.acarules.engine.Reason;
import org.acarules.engine.TraceEntry;

/** Whether the applicant may enroll on the application date, on what basis, and when coverage starts. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EnrollmentResponse(int planYear, String applicant, LocalDate applicationDate, String rulesetVersion,
        OpenEnrollment openEnrollment, List<SpecialEnrollment> specialEnrollmentPeriods, boolean mayEnroll,
        String basis, LocalDate coverageEffectiveDate, String coverageEffectiveBasis, List<Reason> reasons,
        List<TraceEntry> trace) {

    public record OpenEnrollment(LocalDate start, LocalDate end, LocalDate januaryFirstDeadline, boolean applicationInside) {
    }

    /** event_index null for the monthly periods (indian_monthly, low_income_monthly). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SpecialEnrollment(Integer eventIndex, String type, LocalDate eventDate, LocalDate opens,
            LocalDate deadline, boolean qualifies, String missed) {
    }
}
