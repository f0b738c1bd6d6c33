package org.acarules.plans.enrollment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.acarules.engine.ActiveRuleset;
import org.acarules.engine.Evaluation;
import org.acarules.engine.Ruleset;

/** Decides whether an applicant may enroll now: validate, build facts, run the rules, shape the answer. */
@ApplicationScoped
public class EnrollmentService {
    @Inject
    ActiveRuleset active;

    public EnrollmentResponse evaluate(EnrollmentRequest request, boolean trace) {
        Ruleset ruleset = active.get();
        EnrollmentRequestValidator.validate(request, ruleset.parameters().ruleset());
        Evaluation evaluation = active.engine().evaluate(ruleset, EnrollmentFacts.from(request));
        return EnrollmentResponseAssembler.assemble(request, evaluation, trace);
    }
}
