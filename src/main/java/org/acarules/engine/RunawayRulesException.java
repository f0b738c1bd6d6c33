package org.acarules.engine;

/** An evaluation fired more rules than the limit allows: a rule loops. The request fails; the service goes on. */
public class RunawayRulesException extends RuntimeException {
    /** The stable code of the error answer, by which the scenario runner recognises a looping ruleset. */
    public static final String CODE = "rules_looping";

    public RunawayRulesException(int limit) {
        super("evaluation stopped after " + limit + " rule firings: a rule is looping");
    }
}
