package org.acarules.eligibility;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.acarules.engine.ActiveRuleset;
import org.acarules.engine.Evaluation;
import org.acarules.engine.Ruleset;

/** Evaluates a household against the active ruleset: validate, build facts, run the rules, shape the answer. */
@ApplicationScoped
public class EligibilityService {
    @Inject
    ActiveRuleset active;

    public EligibilityResponse evaluate(EligibilityRequest request, boolean trace) {
        Ruleset ruleset = active.get(); // one version for the whole evaluation, whatever is activated meanwhile
        EligibilityRequestValidator.validate(request, ruleset.parameters().ruleset());
        Evaluation evaluation = active.engine().evaluate(ruleset, EligibilityFacts.from(request));
        return EligibilityResponseAssembler.assemble(request, evaluation, trace);
    }
}
