package org.acarules.taxyear.ptc;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.acarules.requests.FieldError;
import org.acarules.requests.ModelledScope;
import org.acarules.requests.InvalidRequestException;
import org.acarules.definitions.RulesetDefinition;
import org.acarules.facts.FilingStatus;
import org.acarules.facts.Relationship;

/** Checks that need the ruleset or more than one field: year and state modelled, one filer, months or annual (not both), no repeated month. */
final class PremiumTaxCreditRequestValidator {
    private PremiumTaxCreditRequestValidator() {
    }

    static void validate(PremiumTaxCreditRequest request, RulesetDefinition ruleset) {
        List<FieldError> errors = new ArrayList<>();
        ModelledScope.checkYear(ruleset, request.year(), "year", errors);
        String state = request.place().state();
        ModelledScope.checkState(ruleset, state, "place.state", errors);
        checkFamily(request, errors);
        checkCoverage(request, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    private static void checkFamily(PremiumTaxCreditRequest request, List<FieldError> errors) {
        List<PremiumTaxCreditRequest.FamilyMember> family = request.taxFamily();
        Set<String> ids = new HashSet<>();
        int filers = 0;
        boolean spouse = false;
        for (int i = 0; i < family.size(); i++) {
            PremiumTaxCreditRequest.FamilyMember member = family.get(i);
            if (!ids.add(member.id())) {
                errors.add(new FieldError("tax_family[" + i + "].id", "duplicate id '" + member.id() + "'"));
            }
            if (member.relationship() == Relationship.SELF) {
                filers++;
            }
            if (member.relationship() == Relationship.SPOUSE) {
                if (spouse) {
                    errors.add(new FieldError("tax_family[" + i + "].relationship", "only one spouse may be listed"));
                }
                spouse = true;
            }
            boolean filerOrSpouse = member.relationship() == Relationship.SELF || member.relationship() == Relationship.SPOUSE;
            if (filerOrSpouse && Boolean.TRUE.equals(member.isTaxDependent())) {
                errors.add(new FieldError("tax_family[" + i + "].is_tax_dependent",
                        "the filer and spouse cannot be dependents on their own return"));
            }
        }
        if (filers != 1) {
            errors.add(new FieldError("tax_family", "exactly one member must have relationship 'self' (found " + filers + ")"));
        }
        FilingStatus status = request.filingStatus();
        if (status == FilingStatus.MARRIED_FILING_JOINTLY && !spouse) {
            errors.add(new FieldError("filing_status", "married_filing_jointly needs a tax_family member with relationship 'spouse'"));
        }
        if (spouse && status != FilingStatus.MARRIED_FILING_JOINTLY) {
            errors.add(new FieldError("filing_status", "a spouse is in the tax family only on a joint return"));
        }
    }

    private static void checkCoverage(PremiumTaxCreditRequest request, List<FieldError> errors) {
        if (request.months() != null && request.annual() != null) {
            errors.add(new FieldError("annual", "give either months (Form 8962 lines 12-23) or annual (line 11), not both"));
        } else if (request.months() == null && request.annual() == null) {
            errors.add(new FieldError("months", "give either months (Form 8962 lines 12-23) or annual (line 11)"));
        }
        if (request.months() != null) {
            Set<Integer> seen = new HashSet<>();
            for (int i = 0; i < request.months().size(); i++) {
                Integer month = request.months().get(i).month();
                if (month != null && !seen.add(month)) {
                    errors.add(new FieldError("months[" + i + "].month", "month " + month + " is listed more than once"));
                }
            }
        }
    }
}
