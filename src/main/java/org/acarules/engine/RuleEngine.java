package org.acarules.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.acarules.definitions.ParameterNotDefinedException;
import org.drools.commands.runtime.rule.FireAllRulesCommand;
import org.kie.api.command.Command;
import org.kie.api.runtime.ExecutionResults;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.internal.command.CommandFactory;

/**
 * Runs facts through a compiled ruleset in a fresh stateless session: nothing is compiled here. A
 * firing limit turns a looping rule into an error for that evaluation alone.
 */
public final class RuleEngine {
    public static final String PARAMS_GLOBAL = "params";

    private final int firingLimit;

    public RuleEngine(int firingLimit) {
        this.firingLimit = firingLimit;
    }

    public Evaluation evaluate(Ruleset ruleset, Collection<?> facts) {
        StatelessKieSession session = ruleset.kieBase().newStatelessKieSession();
        session.setGlobal(PARAMS_GLOBAL, ruleset.parameters());
        FiredRuleRecorder recorder = new FiredRuleRecorder(ruleset.catalogue());
        session.addEventListener(recorder);
        List<Command<?>> commands = new ArrayList<>(3);
        commands.add(CommandFactory.newInsertElements(facts));
        commands.add(new FireAllRulesCommand("fired", firingLimit, null));
        commands.add(CommandFactory.newGetObjects("facts"));
        ExecutionResults results;
        try {
            results = session.execute(CommandFactory.newBatchExecution(commands));
        } catch (RuntimeException e) {
            throw unwrap(e);
        }
        int fired = (Integer) results.getValue("fired");
        if (fired >= firingLimit) {
            throw new RunawayRulesException(firingLimit);
        }
        @SuppressWarnings("unchecked")
        Collection<Object> all = (Collection<Object>) results.getValue("facts");
        return new Evaluation(ruleset.version(), List.copyOf(all), recorder.fired());
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
