package org.acarules.pool.projection;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * POST /api/v1/pools/projections. All optional: {@code ruleset_version} (default active), {@code year} and
 * {@code state} (which stored applicants; year defaults to the ruleset's default year, its latest with every eligibility figure held), {@code years} (plan years to
 * project, default 10, at most the configured limit), {@code seed} (default 1), {@code scenarios} (default the
 * four of {@link Scenario#defaults()}), {@code parameters} (overrides of benefit-definitions/pool/model.yaml).
 */
public record ProjectionRequest(String rulesetVersion, Integer year, String state, Integer years, Long seed,
        List<ScenarioInput> scenarios, Map<String, JsonNode> parameters) {

    /** A scenario as asked: mandate and reinsurance default to false, employer_drop_share to 0. */
    public record ScenarioInput(String name, Boolean mandate, Subsidy subsidy, Boolean reinsurance, Double employerDropShare) {
    }
}
