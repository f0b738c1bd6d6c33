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
 * The sign-in form (posted to Quarkus' form authentication, /j_security_check) and sign-out. Open to everyone;
 * a signed-in client is told here that the workbench is for analysts and administrators.
 */
@Path("/workbench")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class SignInPage {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signIn(boolean failed, boolean signedOut, boolean notAllowed);
    }

    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "quarkus-credential")
    String sessionCookie;

    @Inject
    SignedIn signedIn;

    @GET
    @Path("/sign-in")
    @Operation(hidden = true)
    public TemplateInstance signIn(@QueryParam("failed") boolean failed, @QueryParam("signed-out") boolean signedOut) {
        boolean notAllowed = !signedIn.name().isEmpty() && !signedIn.analyst();
        return Templates.signIn(failed, signedOut, notAllowed);
    }

    /** Ends the session: the form sign-in keeps it in a cookie only, so removing the cookie ends it. */
    @POST
    @Path("/sign-out")
    @Operation(hidden = true)
    public Response signOut() {
        NewCookie expired = new NewCookie.Builder(sessionCookie).path("/").maxAge(0).value("").httpOnly(true).build();
        return Response.seeOther(URI.create("/workbench/sign-in?signed-out=true")).cookie(expired).build();
    }
}
