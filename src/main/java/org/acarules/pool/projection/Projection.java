package org.acarules.pool.projection;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * A projection's answer: what it ran on (version, year, state, households and persons, those the ruleset could not
 * evaluate), the seed, the parameters used, and each scenario's years with its verdict. Charts of it are at
 * /api/v1/pools/projections/{id}/charts/{premium|enrollment|composition}.{svg|png}.
 */
public record Projection(Long id, String rulesetVersion, int year, String state, long households, long persons,
        long skippedHouseholds,
        Map<String, Long> skippedReasons, long seed, int years, Map<String, JsonNode> parameters, List<ScenarioResult> scenarios) {

    public Projection withId(long newId) {
        return new Projection(newId, rulesetVersion, year, state, households, persons, skippedHouseholds, skippedReasons, seed, years,
                parameters, scenarios);
    }
}
