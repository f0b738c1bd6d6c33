package org.acarules.plans.premiums;

import org.acarules.engine.Explanation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.acarules.engine.Evaluation;
import org.acarules.engine.FiredRule;
import org.acarules.facts.plans.rating.*;

/** Reads the conclusions the rating rules left in working memory and shapes the answer; it decides nothing itself. */
final class PremiumResponseAssembler {
    private static final String FORBIDDEN_RULE = "RATE-020";
    private static final String TOBACCO_DIFFERS_RULE = "TOB-023";
    /** Forbidden fields in the order the request defines them, so answers do not depend on working-memory order. */
    private static final List<String> FORBIDDEN_ORDER = List.of("health_status", "pre_existing_conditions", "gender",
            "claims_history");

    private PremiumResponseAssembler() {
    }

    static PremiumResponse assemble(PremiumRequest request, Evaluation evaluation, boolean trace) {
        Explanation explanation = Explanation.of(evaluation, trace);
        List<PremiumResponse.Finding> findings = new ArrayList<>();
        Optional<FiredRule> forbiddenRule = fired(evaluation, FORBIDDEN_RULE);
        Optional<FiredRule> tobaccoDiffersRule = fired(evaluation, TOBACCO_DIFFERS_RULE);
        List<PremiumResponse.MemberResult> members = new ArrayList<>();
        for (PremiumRequest.Member input : request.household().people()) {
            String id = input.id();
            List<String> ignored = evaluation.factsOf(ForbiddenFactor.class).filter(f -> f.personId().equals(id))
                    .map(ForbiddenFactor::field).sorted(java.util.Comparator.comparingInt(FORBIDDEN_ORDER::indexOf)).toList();
            forbiddenRule.ifPresent(rule -> ignored.forEach(field -> findings.add(new PremiumResponse.Finding(id, field,
                    "ignored", rule.rule().id(), rule.rule().citation(), rule.rule().text()))));
            evaluation.factsOf(TobaccoStatusDiffers.class).filter(d -> d.personId().equals(id)).findFirst()
                    .ifPresent(d -> tobaccoDiffersRule.ifPresent(rule -> findings.add(new PremiumResponse.Finding(id,
                            "uses_tobacco", "applied_over_last_tobacco_use_date", rule.rule().id(), rule.rule().citation(),
                            rule.rule().text()))));
            Optional<Member> rated = evaluation.factsOf(Member.class).filter(m -> m.id().equals(id)).findFirst();
            Optional<MemberPremium> premium = evaluation.factsOf(MemberPremium.class).filter(p -> p.personId().equals(id)).findFirst();
            members.add(new PremiumResponse.MemberResult(id, rated.map(Member::age).orElse(null),
                    rated.map(Member::tobaccoUser).orElse(null),
                    evaluation.factsOf(AgeFactor.class).filter(f -> f.personId().equals(id)).map(AgeFactor::factor).findFirst().orElse(null),
                    evaluation.factsOf(ChildNotCharged.class).noneMatch(c -> c.personId().equals(id)),
                    evaluation.factsOf(TobaccoFactor.class).filter(f -> f.personId().equals(id)).map(TobaccoFactor::factor).findFirst().orElse(null),
                    premium.map(MemberPremium::ageRated).orElse(null),
                    premium.map(MemberPremium::tobaccoSurcharge).orElse(null),
                    premium.map(MemberPremium::total).orElse(null),
                    ignored.isEmpty() ? null : ignored,
                    explanation.forPerson(id)));
        }
        PremiumTotal total = evaluation.factsOf(PremiumTotal.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("no premium total rule fired"));
        PremiumResponse.Tier tier = evaluation.factsOf(FamilyTier.class)
                .map(t -> new PremiumResponse.Tier(t.tier(), t.multiplier())).findFirst().orElse(null);
        String method = evaluation.factsOf(RatingMethod.class).map(RatingMethod::method).findFirst().orElse(null);
        PremiumResponse.Amount aptcEligible = evaluation.factsOf(AptcEligiblePremium.class)
                .map(a -> new PremiumResponse.Amount(a.monthly())).findFirst().orElse(null);
        return new PremiumResponse(request.year(), request.place().state(), evaluation.rulesetVersion(), method, tier,
                members, new PremiumResponse.Amount(total.total()), new PremiumResponse.Amount(total.tobaccoSurcharge()),
                aptcEligible, findings, explanation.household(), explanation.trace());
    }

    private static Optional<FiredRule> fired(Evaluation evaluation, String ruleId) {
        return evaluation.fired().stream().filter(f -> ruleId.equals(f.rule().id())).findFirst();
    }
}
