package org.acarules.taxyear.mandate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.acarules.facts.Relationship;
import org.acarules.facts.taxyear.mandate.ClaimedExemption;
import org.acarules.facts.taxyear.mandate.MandateHousehold;
import org.acarules.facts.taxyear.mandate.MandatePerson;
import org.acarules.facts.taxyear.mandate.MonthOfYear;
import org.acarules.facts.taxyear.mandate.PersonMonth;

/** Turns a validated request into the facts the mandate rules reason over: one fact per person and month. */
final class SharedResponsibilityPaymentFacts {
    private SharedResponsibilityPaymentFacts() {
    }

    static List<Object> from(SharedResponsibilityPaymentRequest request, Ages ages) {
        int year = request.year();
        List<Object> facts = new ArrayList<>();
        int olderFilers = 0;
        for (SharedResponsibilityPaymentRequest.PersonInput p : request.people()) {
            boolean filer = p.relationship() == Relationship.SELF || p.relationship() == Relationship.SPOUSE;
            if (filer && ages.aged65OrOlderAtEndOfYear(p.dateOfBirth(), p.age(), year)) {
                olderFilers++;
            }
            facts.add(new MandatePerson(p.id(), p.relationship()));
            Set<Integer> covered = Set.copyOf(p.coveredMonthsOrEmpty());
            for (int month = Ages.firstMonth(p.dateOfBirth(), year); month <= 12; month++) {
                facts.add(new PersonMonth(p.id(), month, covered.contains(month),
                        ages.under18InMonth(p.dateOfBirth(), p.age(), year, month)));
            }
            for (SharedResponsibilityPaymentRequest.ExemptionInput e : p.exemptionsOrEmpty()) {
                facts.add(new ClaimedExemption(p.id(), e.type(), Set.copyOf(new LinkedHashSet<>(e.months())), e.requiredContribution()));
            }
        }
        facts.add(new MandateHousehold(year, request.place().state(), request.filingStatus(), request.householdIncome(),
                olderFilers, request.filingThreshold(), request.bronzePremiumAnnualPerPerson()));
        for (int month = 1; month <= 12; month++) {
            facts.add(new MonthOfYear(month));
        }
        return facts;
    }
}
