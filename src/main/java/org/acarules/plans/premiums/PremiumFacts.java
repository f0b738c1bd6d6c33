package org.acarules.plans.premiums;

import java.util.ArrayList;
import java.util.List;
import org.acarules.facts.Relationship;
import org.acarules.facts.plans.rating.ForbiddenFactor;
import org.acarules.facts.plans.rating.RatingHousehold;
import org.acarules.facts.plans.rating.RatingMember;

/**
 * Turns a validated request into the facts the rating rules reason over: members as given (the rules settle their
 * rating age and tobacco status); forbidden fields become findings, never factors.
 */
final class PremiumFacts {
    private PremiumFacts() {
    }

    static List<Object> from(PremiumRequest request) {
        List<PremiumRequest.Member> people = request.household().people();
        int adults = 0;
        int children = 0;
        int others = 0;
        List<Object> facts = new ArrayList<>(people.size() * 2 + 1);
        for (int i = 0; i < people.size(); i++) {
            PremiumRequest.Member p = people.get(i);
            if (p.relationship() == Relationship.SELF || p.relationship() == Relationship.SPOUSE) {
                adults++;
            } else if (p.relationship() == Relationship.CHILD) {
                children++;
            } else {
                others++;
            }
            facts.add(new RatingMember(p.id(), i, p.age(), p.dateOfBirth(), p.relationship(), p.usesTobacco(),
                    p.lastTobaccoUseDate()));
            forbidden(facts, p.id(), "health_status", p.healthStatus());
            forbidden(facts, p.id(), "pre_existing_conditions", p.preExistingConditions());
            forbidden(facts, p.id(), "gender", p.gender());
            forbidden(facts, p.id(), "claims_history", p.claimsHistory());
        }
        facts.add(new RatingHousehold(request.place().state(), request.year(), request.plan().baseRateMonthly(),
                request.plan().tobaccoFactor(), adults, children, others, request.effectiveDate(), request.marketOrDefault()));
        return facts;
    }

    private static void forbidden(List<Object> facts, String id, String field, Object value) {
        if (value != null) {
            facts.add(new ForbiddenFactor(id, field));
        }
    }
}
