package org.acarules.engine;

/** Why: the rule that fired (its stable id), the law it cites, and what it says. */
public record Reason(String rule, String citation, String text) {
    public static Reason of(RuleInfo info) {
        return new Reason(info.id(), info.citation(), info.text());
    }
}
