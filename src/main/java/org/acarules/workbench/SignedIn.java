package org.acarules.workbench;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.acarules.api.Roles;

/** Who is signed in to the workbench, for the pages' header and for what they offer (only administrators activate). */
@RequestScoped
@Named("signedIn")
public class SignedIn {
    @Inject
    SecurityIdentity identity;

    public String name() {
        return identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }

    /** May use the workbench: analysts and administrators (the HTTP policy "workbench" holds the pages to this too). */
    public boolean analyst() {
        return identity.hasRole(Roles.ANALYST) || identity.hasRole(Roles.ADMIN);
    }

    public boolean admin() {
        return identity.hasRole(Roles.ADMIN);
    }
}
