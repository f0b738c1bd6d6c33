package org.acarules.engine;

/** A rule failed while evaluating (a fault in the ruleset, not in the request). */
public class RuleEvaluationException extends RuntimeException {
    public RuleEvaluationException(Throwable cause) {
        super("a rule failed: " + cause.getMessage(), cause);
    }
}
