package org.acarules.eligibility;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.acarules.api.InvalidRequestException;
import org.acarules.definitions.DefinitionException;
import org.acarules.engine.Ruleset;

/** A request's parameter_overrides: the same compiled rules with some parameters replaced, for that request only. */
final class ParameterOverrides {
    private ParameterOverrides() {
    }

    static Ruleset apply(Ruleset ruleset, Map<String, JsonNode> overrides) {
        if (overrides == null || overrides.isEmpty()) {
            return ruleset;
        }
        try {
            return ruleset.withParameters(ruleset.parameters().withOverrides(overrides));
        } catch (DefinitionException e) {
            throw new InvalidRequestException("parameter_overrides." + e.key(), e.problem());
        }
    }
}
