package org.acarules.plans.premiums;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.acarules.engine.ActiveRuleset;
import org.acarules.engine.Evaluation;
import org.acarules.engine.Ruleset;

/** Rates one plan for a household against the active ruleset: validate, build facts, run the rules, shape the answer. */
@ApplicationScoped
public class PremiumService {
    @Inject
    ActiveRuleset active;

    public PremiumResponse rate(PremiumRequest request, boolean trace) {
        Ruleset ruleset = active.get();
        PremiumRequestValidator.validate(request, ruleset.parameters().ruleset());
        Evaluation evaluation = active.engine().evaluate(ruleset, PremiumFacts.from(request));
        return PremiumResponseAssembler.assemble(request, evaluation, trace);
    }
}
