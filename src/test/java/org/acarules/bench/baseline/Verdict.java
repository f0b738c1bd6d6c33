package org.acarules.bench.baseline;

import java.math.BigDecimal;
import java.util.List;
import org.acarules.eligibility.EligibilityResponse;
import org.acarules.facts.CoverageOutcome;

/**
 * What an eligibility evaluation decides, without the reasons: the figures and, for each person, the outcome and
 * every program flag. The rules' answer and the plain-Java baseline's are compared as Verdicts, BigDecimals by
 * equals (value and scale).
 */
public record Verdict(int size, BigDecimal povertyGuideline, BigDecimal fplPercent, BigDecimal medicaidPovertyGuideline,
        BigDecimal medicaidFplPercent, boolean aptcEligible, BigDecimal applicablePercentage,
        BigDecimal contributionMonthly, BigDecimal contributionAnnual, BigDecimal aptcMonthly, BigDecimal aptcAnnual,
        List<PersonVerdict> people) {

    public record PersonVerdict(String id, CoverageOutcome outcome, String medicaidCategory, boolean chipEligible,
            boolean aptcEligible, String csr, boolean catastrophicEligible, boolean inCoverageGap) {
    }

    /** The verdict of the rules' answer. */
    public static Verdict of(EligibilityResponse response) {
        EligibilityResponse.HouseholdResult h = response.household();
        EligibilityResponse.Aptc aptc = h.aptc();
        return new Verdict(h.size(), h.povertyGuideline(), h.fplPercent(), h.medicaidPovertyGuideline(),
                h.medicaidFplPercent(), aptc.eligible(), aptc.applicablePercentage(),
                aptc.expectedContribution() == null ? null : aptc.expectedContribution().monthly(),
                aptc.expectedContribution() == null ? null : aptc.expectedContribution().annual(),
                aptc.amount() == null ? null : aptc.amount().monthly(),
                aptc.amount() == null ? null : aptc.amount().annual(),
                response.people().stream().map(p -> new PersonVerdict(p.id(), p.outcome(), p.medicaidCategory(),
                        p.chipEligible(), p.aptcEligible(), p.csr(), p.catastrophicEligible(), p.inCoverageGap())).toList());
    }
}
