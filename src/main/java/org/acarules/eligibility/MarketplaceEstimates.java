package org.acarules.eligibility;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.acarules.engine.Reason;
import org.acarules.engine.TraceEntry;

/**
 * The CMS Marketplace API answer of /households/eligibility/estimates: {@code estimates}, one per person in the
 * order of {@code household.people} (CMS: "Index of each object in response array is index into Household.people
 * array"), each with CMS's fields {@code aptc} (the household's monthly credit, for each person it covers),
 * {@code csr} (CMS's name of the cost-sharing reduction, left out when there is none), {@code hardship_exemption},
 * {@code is_medicaid_chip} and {@code in_coverage_gap}. Added to CMS's fields, and ignorable by a CMS client: the
 * ruleset version, each person's reasons (rule, citation, text) and, with {@code ?trace=true}, the fired rules.
 */
public record MarketplaceEstimates(String rulesetVersion, List<Estimate> estimates,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<TraceEntry> trace) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Estimate(BigDecimal aptc, String csr, boolean hardshipExemption, boolean isMedicaidChip,
            boolean inCoverageGap, List<Reason> reasons) {
    }

    /**
     * The estimates for a household, with {@code aptc_override} and {@code csr_override} applied as CMS defines them:
     * the known amount (or CSR) replaces the calculated one for each person who could use it: anyone not found
     * eligible for Medicaid or CHIP, not reported {@code aptc_eligible: false} and without {@code has_mec}.
     */
    static MarketplaceEstimates of(EligibilityResponse response, MarketplaceHousehold household, BigDecimal aptcOverride,
            String csrOverride) {
        EligibilityResponse.Aptc aptc = response.household().aptc();
        BigDecimal monthly = aptc == null || aptc.amount() == null ? null : aptc.amount().monthly();
        List<Estimate> estimates = new ArrayList<>(response.people().size());
        for (int i = 0; i < response.people().size(); i++) {
            EligibilityResponse.PersonResult p = response.people().get(i);
            MarketplaceHousehold.Member member = household.members().get(i);
            boolean medicaidChip = p.medicaidEligible() || p.chipEligible();
            boolean overridable = !medicaidChip && member.inCoverageFamily();
            BigDecimal personAptc = aptcOverride != null && overridable ? aptcOverride
                    : p.aptcEligible() ? monthly // null: eligible, but no benchmark premium to compute the amount from
                    : BigDecimal.ZERO;
            String csr = csrOverride != null && overridable ? csrOverride : MarketplaceVocabulary.csrName(p.csr());
            estimates.add(new Estimate(personAptc, csr, p.outcome() == org.acarules.facts.CoverageOutcome.COVERAGE_GAP,
                    medicaidChip, p.inCoverageGap(), p.reasons()));
        }
        return new MarketplaceEstimates(response.rulesetVersion(), estimates, response.trace());
    }
}
