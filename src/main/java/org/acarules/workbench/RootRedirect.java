package org.acarules.workbench;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The service's root leads to the workbench (which asks for a sign-in); the API lives under /api/v1. */
@Path("/")
@PermitAll
public class RootRedirect {
    @GET
    @Operation(hidden = true)
    public Response root() {
        return Response.seeOther(URI.create("/workbench")).build();
    }
}
