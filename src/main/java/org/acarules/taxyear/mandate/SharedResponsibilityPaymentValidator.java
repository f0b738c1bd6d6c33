package org.acarules.taxyear.mandate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.acarules.requests.FieldError;
import org.acarules.requests.InvalidRequestException;
import org.acarules.definitions.ParameterStore;
import org.acarules.definitions.RulesetDefinition;
import org.acarules.facts.FilingStatus;
import org.acarules.facts.Relationship;
import org.acarules.facts.taxyear.mandate.ExemptionType;

/**
 * Cross-field checks: year and state modelled, one filer, ids unique, months 1-12 without repeats, a birth date or
 * an age (consistent when both), and no month both covered and listed for an exemption. The last is a choice: the
 * issue requires that coverage and exemption months not contradict each other, so a month is either covered or
 * claimed as exempt, never both (an exemption is moot in a covered month anyway).
 */
final class SharedResponsibilityPaymentValidator {
    private SharedResponsibilityPaymentValidator() {
    }

    static void validate(SharedResponsibilityPaymentRequest request, ParameterStore parameters) {
        RulesetDefinition ruleset = parameters.ruleset();
        List<FieldError> errors = new ArrayList<>();
        int year = request.year();
        if (!ruleset.coversYear(year)) {
            errors.add(new FieldError("year", "no rules for " + year + ": the shared responsibility payment is modelled for "
                    + ruleset.firstYear() + " to " + ruleset.lastYear()));
            throw new InvalidRequestException(errors); // the rest needs the year's parameters
        }
        Ages ages = Ages.of(parameters, year);
        if (!ruleset.states().contains(request.place().state())) {
            errors.add(new FieldError("place.state", "unknown state '" + request.place().state()
                    + "': expected a two-letter code of the 50 states or DC"));
        }
        Set<String> ids = new HashSet<>();
        int filers = 0;
        boolean spouse = false;
        for (int i = 0; i < request.people().size(); i++) {
            SharedResponsibilityPaymentRequest.PersonInput person = request.people().get(i);
            String at = "people[" + i + "]";
            if (!ids.add(person.id())) {
                errors.add(new FieldError(at + ".id", "duplicate person id '" + person.id() + "'"));
            }
            if (person.relationship() == Relationship.SELF) {
                filers++;
            }
            if (person.relationship() == Relationship.SPOUSE) {
                if (spouse) {
                    errors.add(new FieldError(at + ".relationship", "only one spouse may be listed"));
                }
                spouse = true;
            }
            checkAge(person, year, ages, at, errors);
            Set<Integer> covered = months(person.coveredMonthsOrEmpty(), at + ".covered_months", errors);
            for (int e = 0; e < person.exemptionsOrEmpty().size(); e++) {
                checkExemption(person.exemptionsOrEmpty().get(e), covered, at + ".exemptions[" + e + "]", errors);
            }
        }
        if (filers != 1) {
            errors.add(new FieldError("people", "exactly one person must have relationship 'self' (found " + filers + ")"));
        }
        if (request.filingStatus() == FilingStatus.MARRIED_FILING_JOINTLY && !spouse) {
            errors.add(new FieldError("filing_status", "married_filing_jointly needs a person with relationship 'spouse'"));
        }
        if (spouse && request.filingStatus() != FilingStatus.MARRIED_FILING_JOINTLY) {
            errors.add(new FieldError("filing_status", "a spouse is in the shared responsibility family only on a joint return"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    private static void checkAge(SharedResponsibilityPaymentRequest.PersonInput person, int year, Ages ages, String at,
            List<FieldError> errors) {
        LocalDate dob = person.dateOfBirth();
        Integer age = person.age();
        if (dob == null && age == null) {
            errors.add(new FieldError(at + ".date_of_birth", "give date_of_birth, or age at the end of the year"));
            return;
        }
        if (dob != null) {
            if (dob.getYear() > year) {
                errors.add(new FieldError(at + ".date_of_birth", "is after the end of " + year));
            } else if (age != null && age != Ages.ageAtEndOfYear(dob, year)) {
                errors.add(new FieldError(at + ".age", "is not the age at the end of " + year + " of someone born " + dob
                        + " (" + Ages.ageAtEndOfYear(dob, year) + ")"));
            }
        } else if (age == ages.adultAge()) {
            errors.add(new FieldError(at + ".date_of_birth", "the person turns " + ages.adultAge() + " during " + year
                    + ": give date_of_birth so each month can be counted as a child's or an adult's"));
        }
    }

    private static Set<Integer> months(List<Integer> months, String field, List<FieldError> errors) {
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < months.size(); i++) {
            int month = months.get(i);
            if (month < 1 || month > 12) {
                errors.add(new FieldError(field + "[" + i + "]", "month must be 1 to 12 (got " + month + ")"));
            } else if (!seen.add(month)) {
                errors.add(new FieldError(field + "[" + i + "]", "month " + month + " is listed twice"));
            }
        }
        return seen;
    }

    private static void checkExemption(SharedResponsibilityPaymentRequest.ExemptionInput exemption, Set<Integer> covered,
            String at, List<FieldError> errors) {
        if (!exemption.type().claimable()) {
            errors.add(new FieldError(at + ".type", "'" + exemption.type().code()
                    + "' is determined from covered_months and household_income; it cannot be claimed"));
        }
        if (exemption.type() == ExemptionType.UNAFFORDABLE_COVERAGE && exemption.requiredContribution() == null) {
            errors.add(new FieldError(at + ".required_contribution", "unaffordable_coverage needs the annual required contribution"));
        }
        if (exemption.type() != ExemptionType.UNAFFORDABLE_COVERAGE && exemption.requiredContribution() != null) {
            errors.add(new FieldError(at + ".required_contribution", "applies only to unaffordable_coverage"));
        }
        Set<Integer> months = months(exemption.months(), at + ".months", errors);
        List<Integer> list = exemption.months();
        for (int i = 0; i < list.size(); i++) {
            if (covered.contains(list.get(i)) && months.contains(list.get(i))) {
                errors.add(new FieldError(at + ".months[" + i + "]", "month " + list.get(i)
                        + " is also in covered_months: a month is either covered or claimed as exempt"));
            }
        }
    }
}
