package org.acarules.requests;

import java.util.List;
import org.acarules.definitions.RulesetDefinition;

/** The checks every request shares: its year and state must be ones the ruleset models (never defaulted). */
public final class ModelledScope {
    private ModelledScope() {
    }

    public static void checkYear(RulesetDefinition ruleset, int year, String field, List<FieldError> errors) {
        if (!ruleset.coversYear(year)) {
            errors.add(new FieldError(field, "no rules for " + year + ": this ruleset models "
                    + ruleset.firstYear() + " to " + ruleset.lastYear()));
        }
    }

    public static void checkState(RulesetDefinition ruleset, String state, String field, List<FieldError> errors) {
        if (!ruleset.states().contains(state)) {
            errors.add(new FieldError(field, "unknown state '" + state
                    + "': expected a two-letter code of the 50 states or DC"));
        }
    }
}
