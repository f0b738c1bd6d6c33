package org.acarules.taxyear.mandate;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import org.acarules.engine.Reason;
import org.acarules.engine.TraceEntry;

/**
 * The year's payment with its month-by-month working: each month's payment and what set it, who was liable
 * (uncovered, not exempt) and who was exempt; each person's exempt months with the exemption that applied; reasons.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SharedResponsibilityPaymentResponse(int year, String rulesetVersion, String state, String jurisdiction,
        BigDecimal annualPayment, List<Month> months, List<PersonExemptions> exemptMonths, List<Reason> reasons,
        List<TraceEntry> trace) {

    /** governing: flat_amount, percentage_of_income, bronze_cap or none. */
    public record Month(int month, BigDecimal payment, String governing, List<String> uncovered, List<String> exempt) {
    }

    public record PersonExemptions(String id, List<ExemptMonthResult> months) {
    }

    public record ExemptMonthResult(int month, String exemption, String citation) {
    }
}
