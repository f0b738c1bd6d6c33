package org.acarules.plans.compliance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.acarules.requests.FieldError;
import org.acarules.requests.InvalidRequestException;
import org.acarules.definitions.EhbCatalogue;
import org.acarules.definitions.RulesetDefinition;
import org.acarules.facts.plans.ChangeType;
import org.acarules.facts.plans.Market;
import org.acarules.facts.plans.MetalLevel;

/**
 * Checks that need the ruleset, the benefit catalogue or more than one field. A grandfathered claim whose oldest
 * enrollee joined after March 23, 2010 is NOT an error here: the rules answer it with a finding (GF-002).
 */
final class PlanComplianceValidator {
    private PlanComplianceValidator() {
    }

    static void validate(PlanComplianceRequest request, RulesetDefinition ruleset, EhbCatalogue catalogue) {
        List<FieldError> errors = new ArrayList<>();
        int year = request.planYear();
        if (!ruleset.coversYear(year)) {
            errors.add(new FieldError("plan_year", "no rules for " + year + ": this ruleset models plan years "
                    + ruleset.firstYear() + " to " + ruleset.lastYear()));
        }
        PlanComplianceRequest.PlanInput plan = request.plan();
        if (!ruleset.states().contains(plan.state())) {
            errors.add(new FieldError("plan.state", "unknown state '" + plan.state() + "': expected a two-letter code of the 50 states or DC"));
        }
        // Plans from before 2014 (grandfathered or transitional claims) may have no metal level at all.
        boolean preAcaClaim = plan.grandfathered() != null || plan.transitional() != null;
        if (plan.metalLevel() == null && plan.market() != Market.LARGE_GROUP && !preAcaClaim) {
            errors.add(new FieldError("plan.metal_level", "required for an individual or small-group plan that is neither grandfathered nor transitional"));
        }
        if (plan.metalLevel() != null && plan.metalLevel() != MetalLevel.CATASTROPHIC && plan.actuarialValue() == null
                && plan.market() != Market.LARGE_GROUP) {
            errors.add(new FieldError("plan.actuarial_value", "required for a " + plan.metalLevel().id() + " plan"));
        }
        if (Boolean.TRUE.equals(plan.expandedBronze()) && plan.metalLevel() != MetalLevel.BRONZE) {
            errors.add(new FieldError("plan.expanded_bronze", "applies only to a bronze plan"));
        }
        for (int i = 0; i < plan.benefits().size(); i++) {
            String benefit = plan.benefits().get(i).benefit();
            if (benefit != null && !benefit.isBlank() && catalogue.resolve(benefit).isEmpty()) {
                errors.add(new FieldError("plan.benefits[" + i + "].benefit", "'" + benefit
                        + "' is neither an essential health benefit category id nor a service of one (see benefit-definitions/ehb)"));
            }
        }
        if (plan.grandfathered() != null && plan.transitional() != null) {
            errors.add(new FieldError("plan.transitional", "a plan is either grandfathered or transitional, not both"));
        }
        if (plan.grandfathered() != null) {
            grandfathered(plan, year, errors);
        }
        if (plan.transitional() != null) {
            if (plan.market() == Market.LARGE_GROUP) {
                errors.add(new FieldError("plan.transitional", "the transitional policy covers only individual and small-group policies"));
            }
            if (plan.transitional().originalIssueDate() != null && plan.transitional().originalIssueDate().getYear() > year) {
                errors.add(new FieldError("plan.transitional.original_issue_date", "must not be after plan year " + year));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    private static void grandfathered(PlanComplianceRequest.PlanInput plan, int year, List<FieldError> errors) {
        PlanComplianceRequest.GrandfatheredInput gf = plan.grandfathered();
        String base = "plan.grandfathered";
        if (gf.oldestEnrolleeJoined() != null && gf.oldestEnrolleeJoined().getYear() > year) {
            errors.add(new FieldError(base + ".oldest_enrollee_joined", "must not be after plan year " + year));
        }
        if (gf.medicalInflation() != null && gf.medicalCareCpi() != null) {
            errors.add(new FieldError(base + ".medical_care_cpi", "give medical_inflation or medical_care_cpi, not both"));
        }
        List<PlanComplianceRequest.ChangeInput> changes = gf.changes() == null ? List.of() : gf.changes();
        boolean needsInflation = false;
        for (int i = 0; i < changes.size(); i++) {
            PlanComplianceRequest.ChangeInput c = changes.get(i);
            String at = base + ".changes[" + i + "]";
            if (c.type() == null) {
                continue;
            }
            switch (c.type()) {
                case BENEFIT_ELIMINATED -> {
                    if (c.condition() == null || c.condition().isBlank()) {
                        errors.add(new FieldError(at + ".condition", "name the condition whose benefits were eliminated"));
                    }
                }
                case COINSURANCE_INCREASED, EMPLOYER_CONTRIBUTION_DECREASED -> {
                    fromTo(c, at, errors, true);
                    if (c.type() == ChangeType.EMPLOYER_CONTRIBUTION_DECREASED && !plan.market().isGroup()) {
                        errors.add(new FieldError(at + ".type", "an employer contribution applies only to a group plan"));
                    }
                }
                case FIXED_AMOUNT_INCREASED, COPAYMENT_INCREASED -> {
                    needsInflation = true;
                    fromTo(c, at, errors, false);
                    if (c.type() == ChangeType.FIXED_AMOUNT_INCREASED && c.costSharing() == null) {
                        errors.add(new FieldError(at + ".cost_sharing", "required: deductible or out_of_pocket_limit"));
                    }
                    if (c.from() != null && c.from().signum() == 0) {
                        errors.add(new FieldError(at + ".from", "must be positive: an increase from zero has no percentage"));
                    }
                }
                case ANNUAL_LIMIT_CHANGED -> {
                    if (c.to() == null) {
                        errors.add(new FieldError(at + ".to", "required: the new annual dollar limit"));
                    }
                }
            }
        }
        if (needsInflation && gf.medicalInflation() == null && gf.medicalCareCpi() == null) {
            errors.add(new FieldError(base + ".medical_inflation", "required for a deductible, out-of-pocket limit or copayment increase: "
                    + "medical inflation since March 2010 as a fraction, or medical_care_cpi (the CPI-U medical care value the rules derive it from)"));
        }
    }

    private static void fromTo(PlanComplianceRequest.ChangeInput c, String at, List<FieldError> errors, boolean rate) {
        if (c.from() == null) {
            errors.add(new FieldError(at + ".from", "required"));
        }
        if (c.to() == null) {
            errors.add(new FieldError(at + ".to", "required"));
        }
        if (rate) {
            for (var entry : new Object[][] {{"from", c.from()}, {"to", c.to()}}) {
                BigDecimal value = (BigDecimal) entry[1];
                if (value != null && value.compareTo(BigDecimal.ONE) > 0) {
                    errors.add(new FieldError(at + "." + entry[0], "must be a fraction between 0 and 1"));
                }
            }
        }
        if (c.from() != null && c.to() != null) {
            boolean decrease = c.type() == ChangeType.EMPLOYER_CONTRIBUTION_DECREASED;
            int cmp = c.to().compareTo(c.from());
            if (decrease ? cmp >= 0 : cmp <= 0) {
                errors.add(new FieldError(at + ".to", decrease ? "must be below from for a decrease" : "must exceed from for an increase"));
            }
        }
    }
}
