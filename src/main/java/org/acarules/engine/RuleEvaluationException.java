package org.acarules.engine;

import org.kie.api.runtime.rule.ConsequenceException;

/** A rule failed while evaluating (a fault in the ruleset, not in the request). */
public class RuleEvaluationException extends RuntimeException {
    private final String rule;

    public RuleEvaluationException(Throwable cause) {
        super("a rule failed: " + cause.getMessage(), cause);
        this.rule = ruleOf(cause);
    }

    /** The name of the rule whose consequence threw, for the log; null when Drools did not say. */
    public String rule() {
        return rule;
    }

    private static String ruleOf(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof ConsequenceException consequence && consequence.getRule() != null) {
                return consequence.getRule().getName();
            }
        }
        return null;
    }
}
