package org.acarules.eligibility;

import java.util.ArrayList;
import java.util.List;
import org.acarules.facts.AptcBar;
import org.acarules.facts.ExpectedChildren;
import org.acarules.facts.ParentOrCaretaker;
import org.acarules.facts.ImmigrationStatus;
import org.acarules.requests.InvalidRequestException;

/**
 * A CMS household as the project's own eligibility request, plus the facts CMS fields report that the request has no
 * field for. Everyone is a citizen (CMS asks no immigration status); everyone listed is in the tax household and seeks
 * coverage (CMS: "people in household applying for coverage/seeking eligibility estimate").
 */
record MarketplaceEligibility(EligibilityRequest request, List<Object> reportedFacts) {
    /** The reason an {@code aptc_eligible: false} person's credit is barred, as the rules' own bars are named. */
    static final String REPORTED_NOT_APTC_ELIGIBLE = "reported_not_aptc_eligible";

    static MarketplaceEligibility of(MarketplaceRequest cms, MarketplaceHousehold household) {
        if (cms.household().income() == null) {
            throw new InvalidRequestException("household.income", "required for an eligibility estimate");
        }
        List<EligibilityRequest.PersonInput> people = new ArrayList<>(household.members().size());
        List<Object> reported = new ArrayList<>();
        for (MarketplaceHousehold.Member m : household.members()) {
            MarketplaceRequest.Person p = m.input();
            people.add(new EligibilityRequest.PersonInput(m.id(), m.age(), m.relationship(), null, m.taxDependent(),
                    p.usesTobacco(), p.pregnant(), ImmigrationStatus.CITIZEN, null, null, null,
                    m.hasMec(), null, null, null, null, null, null));
            if (p.expectedChildren() > 1) {
                reported.add(new ExpectedChildren(m.id(), p.expectedChildren())); // each counts for her Medicaid (FPL-004)
            }
            if (Boolean.TRUE.equals(p.isParent())) {
                reported.add(new ParentOrCaretaker(m.id())); // the child need not be listed (MCD-016)
            }
            if (m.reportedNotAptcEligible()) {
                // the caller knows what the rules cannot see (an offer of employer coverage, say): no credit for this person
                reported.add(new AptcBar(m.id(), REPORTED_NOT_APTC_ELIGIBLE));
            }
        }
        MarketplaceRequest.Place place = cms.place();
        EligibilityRequest request = new EligibilityRequest(household.year(), household.effectiveDate(),
                new EligibilityRequest.Place(place.state(), place.countyfips(), place.zipcode()),
                new EligibilityRequest.HouseholdInput(cms.household().income(), household.filingStatus(), people),
                null, null, null);
        return new MarketplaceEligibility(request, List.copyOf(reported));
    }

    /** The same household with an offer of minimum-value coverage to {@code employeeId} costing {@code selfOnlyMonthly}. */
    EligibilityRequest withOffer(String employeeId, java.math.BigDecimal selfOnlyMonthly) {
        List<EligibilityRequest.PersonInput> people = request.household().people().stream()
                .map(p -> !p.id().equals(employeeId) ? p : new EligibilityRequest.PersonInput(p.id(), p.age(),
                        p.relationship(), p.seeksCoverage(), p.isTaxDependent(), p.usesTobacco(), p.isPregnant(),
                        p.immigrationStatus(), p.barredFromMedicaidByImmigrationStatus(), p.isIncarcerated(), p.isAian(),
                        p.hasOtherMec(), p.hasHardshipExemption(),
                        new EligibilityRequest.EmployerOfferInput(selfOnlyMonthly, null, true),
                        p.qualifiedAlienCategory(), p.qualifiedStatusDate(), p.veteranOrActiveDuty(), p.eligibleAlien()))
                .toList();
        return new EligibilityRequest(request.year(), request.coverageDate(), request.place(),
                new EligibilityRequest.HouseholdInput(request.household().income(), request.household().filingStatus(), people),
                null, null, null);
    }
}
