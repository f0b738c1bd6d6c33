package org.acarules.api;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityPolicy;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who may call the evaluation endpoints: callers with the client, analyst or admin role, or anyone when the
 * operator opens them with aca.evaluation.open=true.
 */
@ApplicationScoped
public class EvaluationAccessPolicy implements HttpSecurityPolicy {
    static final Set<String> ROLES = Set.of(Roles.CLIENT, Roles.ANALYST, Roles.ADMIN);

    @ConfigProperty(name = "aca.evaluation.open", defaultValue = "false")
    boolean open;

    @Override
    public Uni<CheckResult> checkPermission(RoutingContext request, Uni<SecurityIdentity> identity,
            AuthorizationRequestContext context) {
        if (open) {
            return Uni.createFrom().item(CheckResult.PERMIT);
        }
        return identity.map(id -> {
            if (id.isAnonymous()) {
                return CheckResult.DENY; // answered 401 with a Basic challenge
            }
            return ROLES.stream().anyMatch(id::hasRole) ? CheckResult.PERMIT : CheckResult.DENY;
        });
    }

    @Override
    public String name() {
        return "evaluation";
    }
}
