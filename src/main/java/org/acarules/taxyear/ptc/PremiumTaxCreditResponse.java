package org.acarules.taxyear.ptc;

import org.acarules.engine.Reason;
import org.acarules.engine.TraceEntry;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The reconciliation, Form 8962 line by line. Null means the line does not apply: no applicable figure
 * when no credit is allowed, no repayment limitation when the whole excess is repaid (line 28 blank).
 */
public record PremiumTaxCreditResponse(
        int year,
        String rulesetVersion,
        int familySize,
        BigDecimal povertyGuideline,
        Integer povertyGuidelineYear,
        int fplPercent,
        boolean applicableTaxpayer,
        String applicableTaxpayerBasis,
        BigDecimal applicableFigure,
        BigDecimal annualContribution,
        BigDecimal monthlyContribution,
        BigDecimal premiumTaxCredit,
        BigDecimal aptc,
        BigDecimal netPremiumTaxCredit,
        BigDecimal excessAptc,
        BigDecimal repaymentLimitation,
        String repaymentLimitationBasis,
        BigDecimal repayment,
        List<MonthResult> months,
        @JsonProperty("form_8962_lines") Map<String, Object> form8962Lines,
        List<Reason> reasons,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<TraceEntry> trace) {

    /** One row of lines 12-23: columns (a) to (f). */
    public record MonthResult(int month, boolean covered, BigDecimal enrollmentPremium, BigDecimal benchmarkPremium,
            BigDecimal contribution, BigDecimal maxPremiumAssistance, BigDecimal premiumTaxCredit, BigDecimal aptc) {
    }


}
