package org.acarules.plans.premiums;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.acarules.requests.FieldError;
import org.acarules.requests.ModelledScope;
import org.acarules.requests.InvalidRequestException;
import org.acarules.definitions.RulesetDefinition;
import org.acarules.facts.Relationship;

/** Checks that need the ruleset or more than one field: year and state modelled, ids unique, one subscriber, one spouse. */
final class PremiumRequestValidator {
    private PremiumRequestValidator() {
    }

    static void validate(PremiumRequest request, RulesetDefinition ruleset) {
        List<FieldError> errors = new ArrayList<>();
        ModelledScope.checkYear(ruleset, request.year(), "year", errors);
        String state = request.place().state();
        ModelledScope.checkState(ruleset, state, "place.state", errors);
        List<PremiumRequest.Member> people = request.household().people();
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
}
