package org.acarules.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.acarules.requests.FieldError;
import org.acarules.requests.InvalidRequestException;
import org.acarules.requests.ModelledScope;
import org.acarules.definitions.ParameterStore;
import org.acarules.definitions.RulesetDefinition;
import org.acarules.facts.FilingStatus;
import org.acarules.facts.ImmigrationStatus;
import org.acarules.facts.Relationship;

/** Checks that need the ruleset or more than one field: year and state modelled, ids unique, one filer. */
final class EligibilityRequestValidator {
    private EligibilityRequestValidator() {
    }

    private static final String ELIGIBLE_ALIEN_REQUIRED = "gov.aca.ptc.eligible_alien_required";

    /** The request against the ruleset's scope, then against what its parameters need (the eligible-alien test). */
    static void validate(EligibilityRequest request, ParameterStore params) {
        validate(request, params.ruleset());
        validateEligibleAlien(request, params);
    }

    private static void validate(EligibilityRequest request, RulesetDefinition ruleset) {
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
                    && person.immigrationStatus() != ImmigrationStatus.LAWFULLY_PRESENT) {
                errors.add(new FieldError("household.people[" + i + "].barred_from_medicaid_by_immigration_status",
                        "applies only to a lawfully present person"));
            }
            checkQualifiedAlien(person, "household.people[" + i + "].", errors);
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

    /**
     * From 2027 the premium tax credit is limited to eligible aliens (26 USC 36B(e)(2) as amended by P.L. 119-21 sec.
     * 71301): for a lawfully present person the answer needs either the caller's {@code eligible_alien} or the
     * qualified-alien category it follows from; without either it cannot say, so the request is refused naming the field
     * rather than answered as if the person were (or were not) one.
     */
    private static void validateEligibleAlien(EligibilityRequest request, ParameterStore params) {
        // a version stored before the parameter existed does not know the limit, and its rules do not apply it
        if (!params.holds(ELIGIBLE_ALIEN_REQUIRED) || !params.flag(ELIGIBLE_ALIEN_REQUIRED, LocalDate.of(request.year(), 1, 1))) {
            return;
        }
        List<FieldError> errors = new ArrayList<>();
        List<EligibilityRequest.PersonInput> people = request.household().people();
        for (int i = 0; i < people.size(); i++) {
            EligibilityRequest.PersonInput person = people.get(i);
            if (person.immigrationStatus() == ImmigrationStatus.LAWFULLY_PRESENT
                    && person.eligibleAlien() == null && person.qualifiedAlienCategory() == null) {
                errors.add(new FieldError("household.people[" + i + "].eligible_alien", "required for a lawfully present person from "
                        + "2027, when the premium tax credit is limited to eligible aliens (26 USC 36B(e)(2) as amended by P.L. "
                        + "119-21 sec. 71301): give eligible_alien, or qualified_alien_category (lawful_permanent_resident, "
                        + "cuban_haitian_entrant and cofa_migrant are eligible aliens)"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    /** The 8 USC 1641 category is a lawfully present person's, and the five-year bar needs the date it was obtained. */
    private static void checkQualifiedAlien(EligibilityRequest.PersonInput person, String path, List<FieldError> errors) {
        if (person.eligibleAlien() != null
                && person.immigrationStatus() != ImmigrationStatus.LAWFULLY_PRESENT) {
            errors.add(new FieldError(path + "eligible_alien",
                    "applies only to a person whose immigration_status is lawfully_present"));
        }
        if (person.qualifiedAlienCategory() != null
                && person.immigrationStatus() != ImmigrationStatus.LAWFULLY_PRESENT) {
            errors.add(new FieldError(path + "qualified_alien_category",
                    "applies only to a person whose immigration_status is lawfully_present"));
        }
        if (person.qualifiedStatusDate() != null && person.qualifiedAlienCategory() == null) {
            errors.add(new FieldError(path + "qualified_status_date", "needs qualified_alien_category"));
        }
        if (person.qualifiedAlienCategory() != null && person.qualifiedStatusDate() == null) {
            errors.add(new FieldError(path + "qualified_status_date",
                    "required with qualified_alien_category: the date the person obtained that status (8 USC 1613(a))"));
        }
        if (person.qualifiedStatusDate() != null && person.qualifiedStatusDate().isAfter(LocalDate.now())) {
            errors.add(new FieldError(path + "qualified_status_date", "must not be in the future"));
        }
    }
}
