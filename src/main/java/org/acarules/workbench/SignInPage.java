package org.acarules.workbench;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The sign-in page and sign-out. With the built-in accounts the page is a form posted to Quarkus' form
 * authentication (/j_security_check); with an identity provider (aca.workbench.oidc) it leads there instead, and
 * Quarkus' OIDC extension signs out at /workbench/sign-out before this resource is reached. Open to everyone; a
 * signed-in client is told here that the workbench is for analysts and administrators.
 */
@Path("/workbench")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class SignInPage {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signIn(boolean failed, boolean signedOut, boolean notAllowed, boolean identityProvider,
                boolean providerRefused);
    }

    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "quarkus-credential")
    String sessionCookie;

    @ConfigProperty(name = "aca.workbench.oidc", defaultValue = "false")
    boolean identityProvider;

    @Inject
    SignedIn signedIn;

    @GET
    @Path("/sign-in")
    @Operation(hidden = true)
    public TemplateInstance signIn(@QueryParam("failed") boolean failed, @QueryParam("signed-out") boolean signedOut,
            @QueryParam("error") String providerError) {
        boolean notAllowed = !signedIn.name().isEmpty() && !signedIn.analyst();
        // the provider's error code and description are not shown: they are its words, not ours, and may echo input
        return Templates.signIn(failed, signedOut, notAllowed, identityProvider, providerError != null);
    }

    /**
     * Ends the session: the form sign-in keeps it in a cookie only, so removing the cookie ends it. (Signed in through
     * the identity provider, the OIDC extension answers this path itself: it removes its session cookie and sends the
     * browser to the provider's end-session endpoint, which comes back to the sign-in page.)
     */
    @POST
    @Path("/sign-out")
    @Operation(hidden = true)
    public Response signOut() {
        NewCookie expired = new NewCookie.Builder(sessionCookie).path("/").maxAge(0).value("").httpOnly(true).build();
        return Response.seeOther(URI.create("/workbench/sign-in?signed-out=true")).cookie(expired).build();
    }
}
