package org.acarules.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.acarules.definitions.ParameterNotDefinedException;
import org.kie.api.runtime.KieSession;

/**
 * Runs facts through a compiled ruleset in a session of its own: nothing is compiled here. The session comes from the
 * ruleset's pool and goes back reset (empty, no globals, no listeners), which is what a stateless session does
 * without allocating the network's memory again each time. A firing limit turns a looping rule into an error for
 * that evaluation alone; a deadline stops a long chain of firings and frees the worker.
 */
public final class RuleEngine {
    public static final String PARAMS_GLOBAL = "params";

    /** The deadline of an evaluation when none is configured (aca.engine.deadline). */
    public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(3);

    /** The outcomes {@link #evaluate} reports to its listener (the evaluations counter by outcome). */
    public static final String OK = "ok";
    public static final String RUNAWAY = "runaway";
    public static final String DEADLINE = "deadline";
    public static final String MISSING_PARAMETER = "missing_parameter";
    public static final String RULE_ERROR = "rule_error";
    /** Every outcome reported, for whoever counts them: one missing here is a counter missing there. */
    public static final java.util.List<String> OUTCOMES = java.util.List.of(OK, RUNAWAY, DEADLINE, MISSING_PARAMETER, RULE_ERROR);

    private final int firingLimit;
    private final Duration deadline;
    private final Consumer<String> outcomes;

    public RuleEngine(int firingLimit) {
        this(firingLimit, DEFAULT_DEADLINE);
    }

    public RuleEngine(int firingLimit, Duration deadline) {
        this(firingLimit, deadline, outcome -> {
        });
    }

    /** An engine whose evaluations stop at {@code deadline}, telling {@code outcomes} how each ended ({@link #OK}, ...). */
    public RuleEngine(int firingLimit, Duration deadline, Consumer<String> outcomes) {
        this.firingLimit = firingLimit;
        this.deadline = deadline;
        this.outcomes = outcomes;
    }

    public Evaluation evaluate(Ruleset ruleset, Collection<?> facts) {
        KieSession session = ruleset.sessions().session();
        FiredRuleRecorder recorder = new FiredRuleRecorder(ruleset.sessions().catalogueByIdentity());
        Deadline watch = Deadline.start(session, deadline);
        try {
            if (ruleset.sessions().declaresParams()) {
                session.setGlobal(PARAMS_GLOBAL, ruleset.parameters());
            }
            session.addEventListener(recorder);
            for (Object fact : facts) {
                session.insert(fact);
            }
            int fired = session.fireAllRules(firingLimit);
            if (watch.stop()) {
                outcomes.accept(DEADLINE);
                throw new EvaluationDeadlineException(deadline, recorder.running());
            }
            if (fired >= firingLimit) {
                outcomes.accept(RUNAWAY);
                throw new RunawayRulesException(firingLimit);
            }
            Evaluation evaluation = new Evaluation(ruleset.version(), List.copyOf(session.getObjects()), recorder.fired());
            outcomes.accept(OK);
            return evaluation;
        } catch (RunawayRulesException | EvaluationDeadlineException e) {
            throw e;
        } catch (RuntimeException e) {
            RuntimeException unwrapped = unwrap(e);
            outcomes.accept(unwrapped instanceof ParameterNotDefinedException ? MISSING_PARAMETER : RULE_ERROR);
            throw unwrapped;
        } finally {
            watch.stop(); // before the session goes back: a halt must never reach the next evaluation's session
            session.dispose(); // back to the pool, reset
        }
    }

    /** Drools wraps what a rule throws; a missing parameter is the caller's to report, anything else a rule fault. */
    private static RuntimeException unwrap(RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ParameterNotDefinedException missing) {
                return missing;
            }
        }
        return new RuleEvaluationException(e);
    }
}
