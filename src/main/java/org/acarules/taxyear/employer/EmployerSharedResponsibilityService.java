package org.acarules.taxyear.employer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.acarules.engine.ActiveRuleset;
import org.acarules.engine.Evaluation;
import org.acarules.engine.Ruleset;
import org.jboss.logging.Logger;

/** Computes one ALE member's section 4980H payments for a year: validate, build facts, run the rules, shape the answer. */
@ApplicationScoped
public class EmployerSharedResponsibilityService {
    private static final Logger LOG = Logger.getLogger(EmployerSharedResponsibilityService.class);

    @Inject
    ActiveRuleset active;

    public EmployerSharedResponsibilityResponse evaluate(EmployerSharedResponsibilityRequest request, boolean trace) {
        Ruleset ruleset = active.get(); // one version for the whole evaluation
        EmployerSharedResponsibilityValidator.validate(request, ruleset.parameters().ruleset());
        Evaluation evaluation = active.engine().evaluate(ruleset, EmployerSharedResponsibilityFacts.from(request));
        LOG.debugf("employer shared responsibility evaluated for year %d, %d rules fired", (Integer) request.year(),
                (Integer) evaluation.fired().size());
        return EmployerSharedResponsibilityAssembler.assemble(request, evaluation, ruleset.parameters(), trace);
    }
}
