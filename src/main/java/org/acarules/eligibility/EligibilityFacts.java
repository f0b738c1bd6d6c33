package org.acarules.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.acarules.facts.EligibleAlienDetermined;
import org.acarules.facts.EmployerOffer;
import org.acarules.facts.Household;
import org.acarules.facts.Person;
import org.acarules.facts.QualifiedAlien;

/** Turns a validated request into the facts the eligibility rules reason over. */
final class EligibilityFacts {
    private EligibilityFacts() {
    }

    static List<Object> from(EligibilityRequest request) {
        EligibilityRequest.HouseholdInput input = request.household();
        LocalDate coverageDate = request.coverageDate() != null ? request.coverageDate() : LocalDate.of(request.year(), 1, 1);
        List<Object> facts = new ArrayList<>(input.people().size() * 2 + 1);
        facts.add(new Household(request.year(), coverageDate, request.place().state(), input.income(),
                input.filingStatus(), input.people().size(),
                request.benchmarkPremium() == null ? null : request.benchmarkPremium().monthly(),
                request.planPremium() == null ? null : request.planPremium().monthly()));
        for (EligibilityRequest.PersonInput p : input.people()) {
            facts.add(new Person(p.id(), p.age(), p.relationship(), isNotFalse(p.seeksCoverage()), isTrue(p.isTaxDependent()),
                    isTrue(p.usesTobacco()), isTrue(p.isPregnant()), p.immigrationStatus(),
                    isTrue(p.barredFromMedicaidByImmigrationStatus()), isTrue(p.isIncarcerated()), isTrue(p.isAian()),
                    isTrue(p.hasOtherMec()), isTrue(p.hasHardshipExemption())));
            if (p.qualifiedAlienCategory() != null) {
                // the caller's own determination of the bar, when given, wins over the one the rules would compute
                facts.add(new QualifiedAlien(p.id(), p.qualifiedAlienCategory(), p.qualifiedStatusDate(),
                        isTrue(p.veteranOrActiveDuty()), p.barredFromMedicaidByImmigrationStatus() != null));
            }
            if (p.eligibleAlien() != null) {
                facts.add(new EligibleAlienDetermined(p.id(), p.eligibleAlien())); // the caller's own, as for the bar
            }
            if (p.employerOffer() != null) {
                EligibilityRequest.EmployerOfferInput offer = p.employerOffer();
                facts.add(new EmployerOffer(p.id(), offer.selfOnlyMonthlyContribution(),
                        offer.familyMonthlyContribution(), offer.providesMinimumValue()));
            }
        }
        return facts;
    }

    private static boolean isTrue(Boolean flag) {
        return Boolean.TRUE.equals(flag);
    }

    private static boolean isNotFalse(Boolean flag) {
        return !Boolean.FALSE.equals(flag);
    }
}
