package org.acarules.taxyear.employer;

import org.acarules.engine.Reason;
import org.acarules.engine.TraceEntry;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;

/** The answer: ALE status, the year's amounts and thresholds, each month's payment, the totals, and why. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EmployerSharedResponsibilityResponse(
        int year,
        String rulesetVersion,
        String employerId,
        ApplicableLargeEmployer applicableLargeEmployer,
        boolean assessed,
        String notAssessedReason,
        YearParameters parameters,
        List<MonthResult> months,
        Totals totals,
        List<Reason> reasons,
        List<TraceEntry> trace) {

    /** average_full_time_employees is the preceding year's average of full-time employees plus FTEs, before rounding. */
    public record ApplicableLargeEmployer(boolean status, BigDecimal averageFullTimeEmployees,
            int averageRoundedDown, String basis) {
    }

    public record YearParameters(@JsonProperty("section4980h_a_amount") BigDecimal section4980hAAmount,
            @JsonProperty("section4980h_b_amount") BigDecimal section4980hBAmount, String amountsSource,
            BigDecimal offerThreshold, int offerShortfallMinimum, int fullTimeEmployeeReduction, int aleThreshold,
            int fteHoursDivisor, int fullTimeHoursPerMonth) {
    }

    /** payment is "4980H(a)", "4980H(b)" or "none"; section_4980h_b_cap is the limit the (b) payment was held to. */
    public record MonthResult(int month, int fullTimeEmployees, Integer reductionAllocated, Boolean offerTestMet,
            int ptcEmployees, String payment, BigDecimal section4980hA, BigDecimal section4980hB,
            @JsonProperty("section4980h_b_cap") BigDecimal section4980hBCap,
            @JsonProperty("section4980h_b_capped") boolean section4980hBCapped) {
    }

    public record Totals(BigDecimal section4980hA, BigDecimal section4980hB, BigDecimal total) {
    }


}
