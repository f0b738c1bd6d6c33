package org.acarules.requests;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.acarules.definitions.DefinitionException;
import org.acarules.engine.Ruleset;

/** A request's parameter_overrides: the same compiled rules with some parameters replaced, for that request only. */
public final class ParameterOverrides {
    public static final String FIELD = "parameter_overrides";

    private ParameterOverrides() {
    }

    /** {@code ruleset} with the overrides applied; an unknown id or a value of the wrong type is a 400 naming it. */
    public static Ruleset apply(Ruleset ruleset, Map<String, JsonNode> overrides) {
        if (overrides == null || overrides.isEmpty()) {
            return ruleset;
        }
        try {
            return ruleset.withParameters(ruleset.parameters().withOverrides(overrides));
        } catch (DefinitionException e) {
            throw new InvalidRequestException(FIELD + "." + e.key(), e.problem());
        }
    }
}
