package org.acarules.api;

import jakarta.inject.Inject;
import org.acarules.engine.ActiveRuleset;
import org.acarules.engine.Ruleset;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once a ruleset is compiled; reports its version and size. */
@Readiness
public class RulesetHealthCheck implements HealthCheck {
    @Inject
    ActiveRuleset active;

    @Override
    public HealthCheckResponse call() {
        Ruleset ruleset = active.active();
        return HealthCheckResponse.named("ruleset").status(ruleset != null)
                .withData("version", ruleset == null ? "none" : ruleset.version())
                .withData("rules", ruleset == null ? 0 : ruleset.rules().size())
                .withData("parameters", ruleset == null ? 0 : ruleset.parameters().all().size())
                .build();
    }
}
