package org.acarules.plans.compliance;

import java.util.ArrayList;
import java.util.List;
import org.acarules.definitions.EhbCatalogue;
import org.acarules.definitions.EhbCategory;
import org.acarules.facts.plans.CoveredBenefit;
import org.acarules.facts.plans.GrandfatherClaim;
import org.acarules.facts.plans.MedicalInflation;
import org.acarules.facts.plans.PlanChange;
import org.acarules.facts.plans.PlanDesign;
import org.acarules.facts.plans.RequiredEhbCategory;
import org.acarules.facts.plans.TransitionalClaim;

/** Turns a validated request (and the EHB catalogue) into the facts the plan compliance rules reason over. */
final class PlanComplianceFacts {
    private PlanComplianceFacts() {
    }

    static List<Object> from(PlanComplianceRequest request, EhbCatalogue catalogue) {
        PlanComplianceRequest.PlanInput plan = request.plan();
        List<Object> facts = new ArrayList<>();
        facts.add(new PlanDesign(plan.id(), request.planYear(), plan.state(), plan.market(), plan.metalLevel(),
                Boolean.TRUE.equals(plan.expandedBronze()), plan.actuarialValue(), plan.oopMax().selfOnly(),
                plan.oopMax().family(), plan.preventiveCostSharing(), plan.dependentAgeLimit(),
                plan.preExistingConditionExclusions()));
        for (EhbCategory category : catalogue.categories()) {
            facts.add(new RequiredEhbCategory(category.id(), category.name(), category.citation()));
        }
        for (int i = 0; i < plan.benefits().size(); i++) {
            PlanComplianceRequest.BenefitInput b = plan.benefits().get(i);
            EhbCategory category = catalogue.resolve(b.benefit()).orElseThrow(); // the validator refused unknown names
            facts.add(new CoveredBenefit(i, b.benefit(), category.id(), category.name(), b.annualDollarLimit(),
                    b.lifetimeDollarLimit()));
        }
        PlanComplianceRequest.GrandfatheredInput gf = plan.grandfathered();
        if (gf != null) {
            facts.add(new GrandfatherClaim(gf.oldestEnrolleeJoined(), gf.medicalInflation(), gf.medicalCareCpi()));
            if (gf.medicalInflation() != null) {
                facts.add(new MedicalInflation(gf.medicalInflation())); // given; otherwise GF-014 derives it from the CPI
            }
            List<PlanComplianceRequest.ChangeInput> changes = gf.changes() == null ? List.of() : gf.changes();
            for (int i = 0; i < changes.size(); i++) {
                PlanComplianceRequest.ChangeInput c = changes.get(i);
                facts.add(new PlanChange(i, c.type(), c.costSharing(), c.condition(), c.from(), c.to(), c.lifetimeLimitBefore()));
            }
        }
        if (plan.transitional() != null) {
            facts.add(new TransitionalClaim(plan.transitional().originalIssueDate(), plan.transitional().statePermitsRenewal()));
        }
        return facts;
    }
}
