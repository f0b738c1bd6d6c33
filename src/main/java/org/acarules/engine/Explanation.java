package org.acarules.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reasons an evaluation gives: each fired rule is a reason for the people whose facts it matched, or for
 * the household when it matched no one's; and, when asked, the full trace in firing order.
 */
public final class Explanation {
    private final List<Reason> household = new ArrayList<>();
    private final Map<String, List<Reason>> byPerson = new LinkedHashMap<>();
    private final List<TraceEntry> trace;
    private final Evaluation evaluation;

    private Explanation(Evaluation evaluation, boolean withTrace) {
        this.evaluation = evaluation;
        trace = withTrace ? new ArrayList<>() : null;
        int order = 0;
        for (FiredRule fired : evaluation.fired()) {
            Reason reason = Reason.of(fired.rule());
            if (fired.personIds().isEmpty()) {
                household.add(reason);
            }
            for (String id : fired.personIds()) {
                byPerson.computeIfAbsent(id, k -> new ArrayList<>()).add(reason);
            }
            if (trace != null) {
                trace.add(new TraceEntry(++order, fired.rule().id(), fired.rule().citation(), fired.rule().text(),
                        fired.personIds(), matched(fired.facts())));
            }
        }
    }

    /** The matched facts as values, read only when the trace is written out (batch jobs read rule ids alone). */
    private static List<MatchedFact> matched(List<Object> facts) {
        return new java.util.AbstractList<>() {
            @Override
            public MatchedFact get(int index) {
                return MatchedFact.of(facts.get(index));
            }

            @Override
            public int size() {
                return facts.size();
            }
        };
    }

    public static Explanation of(Evaluation evaluation, boolean withTrace) {
        return new Explanation(evaluation, withTrace);
    }

    /** Reasons of rules that matched no person's facts. */
    public List<Reason> household() {
        return household;
    }

    public List<Reason> forPerson(String id) {
        return byPerson.getOrDefault(id, List.of());
    }

    /** Every rule that fired, each once, in the order it first fired. */
    public List<Reason> distinct() {
        Set<Reason> distinct = new LinkedHashSet<>();
        for (FiredRule fired : evaluation.fired()) {
            distinct.add(Reason.of(fired.rule()));
        }
        return List.copyOf(distinct);
    }

    /** The trace in firing order, or null when none was asked for (so it is left out of the answer). */
    public List<TraceEntry> trace() {
        return trace;
    }
}
