package org.acarules.engine;

/** An evaluation fired more rules than the limit allows: a rule loops. The request fails; the service goes on. */
public class RunawayRulesException extends RuntimeException {
    public RunawayRulesException(int limit) {
        super("evaluation stopped after " + limit + " rule firings: a rule is looping");
    }
}
