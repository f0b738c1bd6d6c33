package org.acarules.plans.premiums;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.acarules.requests.FieldError;
import org.acarules.requests.ModelledScope;
import org.acarules.requests.InvalidRequestException;
import org.acarules.definitions.RulesetDefinition;
import org.acarules.facts.Relationship;
import org.acarules.facts.plans.Market;

/**
 * Checks that need the ruleset or more than one field: year and state modelled, ids unique, one subscriber, one spouse;
 * a market the rating rules cover; each member's age or date of birth (not both), and the effective date that a date
 * of birth or of last tobacco use is measured to.
 */
final class PremiumRequestValidator {
    private PremiumRequestValidator() {
    }

    static void validate(PremiumRequest request, RulesetDefinition ruleset) {
        List<FieldError> errors = new ArrayList<>();
        ModelledScope.checkYear(ruleset, request.year(), "year", errors);
        String state = request.place().state();
        ModelledScope.checkState(ruleset, state, "place.state", errors);
        if (request.market() == Market.LARGE_GROUP) {
            errors.add(new FieldError("market", "must be individual or small_group: 45 CFR 147.102 rates premiums in those markets"));
        }
        LocalDate effective = request.effectiveDate();
        if (effective != null && request.year() != null && effective.getYear() != request.year()) {
            errors.add(new FieldError("effective_date", "must fall in year " + request.year()));
        }
        List<PremiumRequest.Member> people = request.household().people();
        dates(people, effective, errors);
        Set<String> ids = new HashSet<>();
        int subscribers = 0;
        int spouses = 0;
        for (int i = 0; i < people.size(); i++) {
            PremiumRequest.Member member = people.get(i);
            if (!ids.add(member.id())) {
                errors.add(new FieldError("household.people[" + i + "].id", "duplicate person id '" + member.id() + "'"));
            }
            if (member.relationship() == Relationship.SELF) {
                subscribers++;
            }
            if (member.relationship() == Relationship.SPOUSE && ++spouses > 1) {
                errors.add(new FieldError("household.people[" + i + "].relationship", "only one spouse may be listed"));
            }
        }
        if (subscribers > 1) {
            errors.add(new FieldError("household.people", "at most one person may have relationship 'self' (found " + subscribers + ")"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    /** Age or date of birth, and dates measured to the effective date: the dates must not be after it. */
    private static void dates(List<PremiumRequest.Member> people, LocalDate effective, List<FieldError> errors) {
        boolean needsEffectiveDate = false;
        for (int i = 0; i < people.size(); i++) {
            PremiumRequest.Member member = people.get(i);
            String path = "household.people[" + i + "]";
            LocalDate born = member.dateOfBirth();
            if (member.age() == null && born == null) {
                errors.add(new FieldError(path + ".age", "either age or date_of_birth is required"));
            } else if (member.age() != null && born != null) {
                // Two sources for one figure that may disagree (an age today, a date of birth): refused, not chosen between.
                errors.add(new FieldError(path + ".date_of_birth", "give age or date_of_birth, not both"));
            }
            needsEffectiveDate |= born != null || member.lastTobaccoUseDate() != null;
            if (effective == null) {
                continue;
            }
            if (born != null && born.isAfter(effective)) {
                errors.add(new FieldError(path + ".date_of_birth", "is after effective_date"));
            } else if (born != null && Period.between(born, effective).getYears() > 120) {
                errors.add(new FieldError(path + ".date_of_birth", "gives an age over 120 on effective_date"));
            }
            if (member.lastTobaccoUseDate() != null && member.lastTobaccoUseDate().isAfter(effective)) {
                errors.add(new FieldError(path + ".last_tobacco_use_date",
                        "is after effective_date: tobacco use is looked for in the months before the policy's issuance or renewal"));
            }
        }
        if (needsEffectiveDate && effective == null) {
            errors.add(new FieldError("effective_date", "is required when a member gives date_of_birth or last_tobacco_use_date:"
                    + " the rating age and the tobacco look-back are measured to the policy's issuance or renewal date"));
        }
    }
}
