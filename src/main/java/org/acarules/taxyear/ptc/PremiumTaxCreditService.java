package org.acarules.taxyear.ptc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.acarules.engine.ActiveRuleset;
import org.acarules.engine.Evaluation;
import org.acarules.engine.Ruleset;

/** Reconciles the premium tax credit for a return: validate, build facts, run the rules, lay out Form 8962. */
@ApplicationScoped
public class PremiumTaxCreditService {
    @Inject
    ActiveRuleset active;

    public PremiumTaxCreditResponse reconcile(PremiumTaxCreditRequest request, boolean trace) {
        Ruleset ruleset = active.get(); // one version for the whole evaluation
        PremiumTaxCreditRequestValidator.validate(request, ruleset.parameters().ruleset());
        Evaluation evaluation = active.engine().evaluate(ruleset, PremiumTaxCreditFacts.from(request));
        return PremiumTaxCreditResponseAssembler.assemble(request, evaluation, trace);
    }
}
