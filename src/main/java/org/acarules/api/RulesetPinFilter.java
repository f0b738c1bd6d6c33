package org.acarules.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.acarules.engine.RulesetPin;
import org.acarules.rulesets.RulesetService;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * {@code X-Ruleset-Version: <version>} evaluates a request against that stored version instead of the active
 * one: how scenario runs and what-if comparisons see a draft before it goes live.
 */
public class RulesetPinFilter {
    public static final String HEADER = RulesetPin.HEADER;

    @Inject
    RulesetPin pin;

    @Inject
    RulesetService rulesets;

    @Inject
    SecurityIdentity identity;

    /** Only analysts and administrators may evaluate against a version that is not live. */
    @ServerRequestFilter
    public Response pin(ContainerRequestContext request) {
        String version = request.getHeaderString(HEADER);
        if (version == null || version.isBlank()) {
            return null;
        }
        if (!identity.hasRole(Roles.ANALYST) && !identity.hasRole(Roles.ADMIN)) {
            return Response.status(identity.isAnonymous() ? 401 : 403).type(MediaType.APPLICATION_JSON)
                    .header("WWW-Authenticate", "Basic realm=\"ACA Rules\"")
                    .entity(ErrorResponse.of(HEADER, "only analysts and administrators may choose a ruleset version")).build();
        }
        pin.set(rulesets.compiled(version.trim()));
        return null;
    }
}
