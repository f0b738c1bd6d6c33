package org.acarules.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.acarules.engine.RulesetPin;
import org.acarules.rulesets.RulesetService;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * {@code X-Ruleset-Version: <version>} evaluates a request against that stored version instead of the active
 * one: how scenario runs and what-if comparisons see a draft before it goes live.
 */
public class RulesetPinFilter {
    public static final String HEADER = "X-Ruleset-Version";

    @Inject
    RulesetPin pin;

    @Inject
    RulesetService rulesets;

    @ServerRequestFilter
    public void pin(ContainerRequestContext request) {
        String version = request.getHeaderString(HEADER);
        if (version != null && !version.isBlank()) {
            pin.set(rulesets.compiled(version.trim()));
        }
    }
}
