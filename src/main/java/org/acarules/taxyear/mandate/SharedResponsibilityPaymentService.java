package org.acarules.taxyear.mandate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.acarules.engine.ActiveRuleset;
import org.acarules.engine.Evaluation;
import org.acarules.engine.Ruleset;

/** Figures a return's individual shared responsibility payment: validate, build facts, run the rules, shape the answer. */
@ApplicationScoped
public class SharedResponsibilityPaymentService {
    @Inject
    ActiveRuleset active;

    public SharedResponsibilityPaymentResponse evaluate(SharedResponsibilityPaymentRequest request, boolean trace) {
        return evaluate(active.get(), request, trace);
    }

    /** Under a given ruleset version (the pool statistics and projections run under the version they were asked for). */
    public SharedResponsibilityPaymentResponse evaluate(Ruleset ruleset, SharedResponsibilityPaymentRequest request, boolean trace) {
        SharedResponsibilityPaymentValidator.validate(request, ruleset.parameters());
        Ages ages = Ages.of(ruleset.parameters(), request.year());
        Evaluation evaluation = active.engine().evaluate(ruleset, SharedResponsibilityPaymentFacts.from(request, ages));
        return SharedResponsibilityPaymentAssembler.assemble(request, evaluation, trace);
    }
}
