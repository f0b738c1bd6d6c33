package org.acarules.eligibility;

import org.acarules.engine.Reason;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.acarules.facts.CoverageOutcome;

/** The HealthCare.gov Marketplace API shape of an eligibility answer: one estimate per person, in request order. */
public record MarketplaceEstimates(String rulesetVersion, List<Estimate> estimates) {
    private static final Map<String, String> CSR_NAMES = Map.of(
            "94", "94% AV Level Silver Plan CSR",
            "87", "87% AV Level Silver Plan CSR",
            "73", "73% AV Level Silver Plan CSR",
            "zero", "Zero Cost Sharing",
            "limited", "Limited Cost Sharing");

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Estimate(BigDecimal aptc, String csr, boolean hardshipExemption, boolean isMedicaidChip,
            List<Reason> reasons) {
    }

    static MarketplaceEstimates from(EligibilityResponse response) {
        EligibilityResponse.Aptc aptc = response.household().aptc();
        BigDecimal monthly = aptc.amount() == null ? null : aptc.amount().monthly();
        List<Estimate> estimates = response.people().stream().map(p -> new Estimate(
                p.aptcEligible() ? monthly : null,
                CSR_NAMES.get(p.csr()),
                p.outcome() == CoverageOutcome.COVERAGE_GAP,
                p.medicaidEligible() || p.chipEligible(),
                p.reasons())).toList();
        return new MarketplaceEstimates(response.rulesetVersion(), estimates);
    }
}
