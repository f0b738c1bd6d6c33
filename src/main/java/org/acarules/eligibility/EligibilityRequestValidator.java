package org.acarules.eligibility;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.acarules.requests.FieldError;
import org.acarules.requests.InvalidRequestException;
import org.acarules.requests.ModelledScope;
import org.acarules.definitions.RulesetDefinition;
import org.acarules.facts.FilingStatus;
import org.acarules.facts.Relationship;

/** Checks that need the ruleset or more than one field: year and state modelled, ids unique, one filer. */
final class EligibilityRequestValidator {
    private EligibilityRequestValidator() {
    }

    static void validate(EligibilityRequest request, RulesetDefinition ruleset) {
        List<FieldError> errors = new ArrayList<>();
        if (!ruleset.coversYear(request.year())) {
            errors.add(new FieldError("year", "no rules for " + request.year() + ": this ruleset models "
                    + ruleset.firstYear() + " to " + ruleset.lastYear()));
        } else if (request.coverageDate() != null && request.coverageDate().getYear() != request.year()) {
            errors.add(new FieldError("coverage_date", "must fall in year " + request.year()));
        }
        String state = request.place().state();
        ModelledScope.checkState(ruleset, state, "place.state", errors);
        List<EligibilityRequest.PersonInput> people = request.household().people();
        Set<String> ids = new HashSet<>();
        int filers = 0;
        boolean spouse = false;
        for (int i = 0; i < people.size(); i++) {
            EligibilityRequest.PersonInput person = people.get(i);
            if (!ids.add(person.id())) {
                errors.add(new FieldError("household.people[" + i + "].id", "duplicate person id '" + person.id() + "'"));
            }
            if (person.relationship() == Relationship.SELF) {
                filers++;
            }
            if (person.relationship() == Relationship.SPOUSE) {
                if (spouse) {
                    errors.add(new FieldError("household.people[" + i + "].relationship", "only one spouse may be listed"));
                }
                spouse = true;
            }
            if (Boolean.TRUE.equals(person.barredFromMedicaidByImmigrationStatus())
                    && person.immigrationStatus() != org.acarules.facts.ImmigrationStatus.LAWFULLY_PRESENT) {
                errors.add(new FieldError("household.people[" + i + "].barred_from_medicaid_by_immigration_status",
                        "applies only to a lawfully present person"));
            }
        }
        if (filers != 1) {
            errors.add(new FieldError("household.people", "exactly one person must have relationship 'self' (found " + filers + ")"));
        }
        FilingStatus status = request.household().filingStatus();
        if (status == FilingStatus.MARRIED_FILING_JOINTLY && !spouse) {
            errors.add(new FieldError("household.filing_status", "married_filing_jointly needs a person with relationship 'spouse'"));
        }
        if (spouse && status != FilingStatus.MARRIED_FILING_JOINTLY) {
            errors.add(new FieldError("household.filing_status", "a spouse is in the tax household only when filing jointly"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }
}
