package org.acarules.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;

/** Who is calling, for the audit trail, and the credentials a scenario run passes on to the evaluations it makes. */
@RequestScoped
public class Caller {
    @Inject
    SecurityIdentity identity;

    @Inject
    HttpHeaders headers;

    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** The request's Authorization header, or null. */
    public String authorization() {
        return headers.getHeaderString(HttpHeaders.AUTHORIZATION);
    }
}
