package org.acarules.applicants;

import java.util.LinkedHashSet;
import java.util.List;
import org.acarules.eligibility.EligibilityResponse;
import org.acarules.engine.TraceEntry;

/** An answer as stored: the response without its trace, and the distinct rule ids the trace lists, in firing order. */
public record Answer(EligibilityResponse response, List<String> firedRules) {

    /** From a response evaluated with {@code trace=true}. */
    public static Answer of(EligibilityResponse traced) {
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        if (traced.trace() != null) {
            for (TraceEntry entry : traced.trace()) {
                ids.add(entry.rule());
            }
        }
        EligibilityResponse untraced = new EligibilityResponse(traced.year(), traced.rulesetVersion(),
                traced.parameterOverrides(), traced.household(), traced.people(), null);
        return new Answer(untraced, List.copyOf(ids));
    }
}
