package org.acarules.engine;

import java.util.List;

/**
 * One rule firing in order: the rule, the ids of the people whose facts it matched, and the matched facts
 * themselves as type and values (facts carry ids, never names).
 */
public record TraceEntry(int order, String rule, String citation, String text, List<String> people,
        List<MatchedFact> facts) {

    /** The same entry at another position (when traces of several evaluations are joined). */
    public TraceEntry at(int position) {
        return new TraceEntry(position, rule, citation, text, people, facts);
    }
}
