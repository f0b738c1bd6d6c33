package org.acarules.engine;

import java.time.Duration;

/**
 * An evaluation ran past its deadline and was stopped between two rule firings; the session went back to the pool and
 * the worker is free. Names the rule that was running, so an analyst can find the chain that takes so long.
 */
public class EvaluationDeadlineException extends RuntimeException {
    /** The stable code of the error answer. */
    public static final String CODE = "evaluation_deadline";

    public EvaluationDeadlineException(Duration deadline, RuleInfo running) {
        super("evaluation stopped at its deadline of " + deadline.toMillis() + " ms "
                + (running == null ? "before any rule fired" : "while rule " + running.name() + " was running"));
    }
}
