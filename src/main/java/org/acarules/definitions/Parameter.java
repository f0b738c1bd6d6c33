package org.acarules.definitions;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One parameter file: its id (path under parameters/ with dots), description, unit, type, references
 * and dated values, optionally broken down by state.
 */
public record Parameter(String id, String file, String description, String unit, ParameterType type,
        boolean byState, List<Reference> references, DatedValues values, Map<String, DatedValues> stateValues) {

    Optional<Object> at(LocalDate date) {
        if (byState) {
            throw new ParameterNotDefinedException(id + " is broken down by state: ask with a state");
        }
        return values.at(date, id);
    }

    /** Whether a state-broken-down parameter lists values for {@code state}. */
    boolean listsState(String state) {
        return byState && stateValues.containsKey(state);
    }

    Optional<Object> at(String state, LocalDate date) {
        if (!byState) {
            return at(date);
        }
        DatedValues forState = stateValues.get(state);
        if (forState == null) {
            throw new ParameterNotDefinedException(id + " has no values for state " + state);
        }
        return forState.at(date, id, state);
    }
}
