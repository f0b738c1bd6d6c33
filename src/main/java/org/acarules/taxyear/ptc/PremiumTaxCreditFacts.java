package org.acarules.taxyear.ptc;

import java.util.ArrayList;
import java.util.List;
import org.acarules.facts.taxyear.ptc.PtcPeriod;
import org.acarules.facts.taxyear.ptc.PtcReturn;

/** Turns a validated request into the facts the rules in rules/ptc/ reason over: the return and one fact per Form 8962 row. */
final class PremiumTaxCreditFacts {
    private PremiumTaxCreditFacts() {
    }

    static List<Object> from(PremiumTaxCreditRequest request) {
        boolean annual = request.annual() != null;
        List<Object> facts = new ArrayList<>(14);
        facts.add(new PtcReturn(request.year(), request.place().state(), request.filingStatus(), request.householdIncome(),
                request.taxFamily().size(), request.povertyGuideline(), annual));
        if (annual) {
            PremiumTaxCreditRequest.AnnualInput a = request.annual();
            facts.add(new PtcPeriod(PtcPeriod.ANNUAL, true, a.enrollmentPremium(), a.benchmarkPremium(), a.aptc()));
        } else {
            for (PremiumTaxCreditRequest.MonthInput m : request.months()) {
                facts.add(new PtcPeriod(m.month(), m.covered(), m.enrollmentPremium(), m.benchmarkPremium(), m.aptc()));
            }
        }
        return facts;
    }
}
