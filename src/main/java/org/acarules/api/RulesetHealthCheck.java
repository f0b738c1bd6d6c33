package org.acarules.api;

import jakarta.inject.Inject;
import java.util.Optional;
import org.acarules.engine.ActiveRuleset;
import org.acarules.engine.Ruleset;
import org.acarules.rulesets.Activation;
import org.acarules.rulesets.RulesetService;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once a ruleset is compiled and it is the version the database names active: reports the version served and
 * the version wanted (with their activation sequences), and whether the configured folders are the ones served.
 * Not ready while this instance is behind an activation made on another one (it is compiling it), or when the
 * database cannot say which version is active.
 */
@Readiness
public class RulesetHealthCheck implements HealthCheck {
    @Inject
    ActiveRuleset active;

    @Inject
    RulesetService rulesets;

    @Override
    public HealthCheckResponse call() {
        Ruleset ruleset = active.active();
        HealthCheckResponseBuilder health = HealthCheckResponse.named("ruleset")
                .withData("version", ruleset == null ? "none" : ruleset.version())
                .withData("rules", ruleset == null ? 0 : ruleset.rules().size())
                .withData("parameters", ruleset == null ? 0 : ruleset.parameters().all().size());
        if (ruleset == null) {
            return health.down().build();
        }
        String folders = rulesets.foldersVersion();
        if (folders != null) {
            health.withData("folders_version", folders).withData("folders_served", folders.equals(ruleset.version()));
        }
        Optional<Activation> wanted;
        try {
            wanted = rulesets.wanted();
        } catch (RuntimeException e) {
            return health.down().withData("wanted_version", "unknown: the database did not answer").build();
        }
        if (wanted.isEmpty()) { // a command, or before the first start recorded the folders
            return health.status(rulesets.served() != Activation.NONE || folders != null).build();
        }
        Activation served = rulesets.served();
        return health.withData("activation", served.sequence())
                .withData("wanted_version", wanted.get().version())
                .withData("wanted_activation", wanted.get().sequence())
                .status(served.sequence() >= wanted.get().sequence())
                .build();
    }
}
