package org.acarules.eligibility;

import java.util.List;
import org.acarules.engine.Evaluation;
import org.acarules.engine.RuleEngine;
import org.acarules.engine.Ruleset;

/**
 * One eligibility evaluation without the service around it: the facts a validated request gives, the rules run
 * over them, the answer shaped. EligibilityService goes through here, and so do the benchmarks, so they measure the
 * production path.
 */
public final class EligibilityEvaluator {
    private EligibilityEvaluator() {
    }

    /** The facts the eligibility rules reason over, for a request already validated. */
    public static List<Object> facts(EligibilityRequest request) {
        return EligibilityFacts.from(request);
    }

    /** Checks the request against the ruleset's scope (year, state, ids, filer); throws InvalidRequestException. */
    public static void validate(EligibilityRequest request, Ruleset ruleset) {
        EligibilityRequestValidator.validate(request, ruleset.parameters());
    }

    /** Runs the rules over the request's facts and shapes the answer (with the trace when asked). */
    public static EligibilityResponse evaluate(RuleEngine engine, Ruleset ruleset, EligibilityRequest request,
            boolean trace) {
        Evaluation evaluation = engine.evaluate(ruleset, EligibilityFacts.from(request));
        return EligibilityResponseAssembler.assemble(request, evaluation, trace);
    }

    /** Many validated requests, without traces: the answers in the same order. */
    public static List<EligibilityResponse> evaluateAll(RuleEngine engine, Ruleset ruleset,
            List<EligibilityRequest> requests) {
        List<EligibilityResponse> responses = new java.util.ArrayList<>(requests.size());
        for (EligibilityRequest request : requests) {
            responses.add(evaluate(engine, ruleset, request, false));
        }
        return responses;
    }
}
