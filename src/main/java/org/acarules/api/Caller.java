package org.acarules.api;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import org.acarules.scenarios.Credentials;

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

    /**
     * What proves the caller's identity to this service again, for the evaluations a scenario run makes: the
     * Authorization header (Basic, bearer); for a workbench session signed in at the identity provider, the access
     * token it gave (the API takes bearer tokens, not the provider's session cookie, which would redirect); else the
     * workbench's form session cookie (form sign-in sends no header).
     */
    public Credentials credentials() {
        String authorization = authorization();
        if (authorization != null) {
            return Credentials.authorization(authorization);
        }
        AccessTokenCredential accessToken = identity.getCredential(AccessTokenCredential.class);
        if (accessToken != null) {
            return Credentials.authorization("Bearer " + accessToken.getToken());
        }
        String cookie = headers.getHeaderString(HttpHeaders.COOKIE);
        return cookie == null ? null : new Credentials(HttpHeaders.COOKIE, cookie);
    }
}
