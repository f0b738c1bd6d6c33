package org.acarules.workbench;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.acarules.api.Caller;
import org.acarules.api.Roles;
import org.acarules.rulesets.RulesetConflictException;
import org.acarules.rulesets.RulesetService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Getting a version live, administrators only (as POST /api/v1/rulesets/{v}/activate and /rollback): activate
 * with a reason, after every scenario passes; roll back the active version. A refusal is shown on the version's page.
 */
@Path("/workbench/versions/{version}")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class ActivationPages {
    @Inject
    RulesetService rulesets;

    @Inject
    Caller caller;

    @Inject
    VersionPages versions;

    @POST
    @Path("/activate")
    @Operation(hidden = true)
    public Response activate(@PathParam("version") String version, @FormParam("reason") String reason) {
        if (reason == null || reason.isBlank()) {
            return refused(version, "Say why this version goes live: the reason is kept in the audit trail.");
        }
        try {
            rulesets.activate(version, caller.name(), caller.credentials(), false, reason.strip());
        } catch (RulesetConflictException e) {
            return refused(version, "Not activated: " + e.getMessage());
        }
        return Response.seeOther(URI.create("/workbench?notice=activated")).build();
    }

    @POST
    @Path("/rollback")
    @Operation(hidden = true)
    public Response rollback(@PathParam("version") String version, @FormParam("reason") String reason) {
        try {
            rulesets.rollback(version, caller.name(), reason == null || reason.isBlank() ? null : reason.strip());
        } catch (RulesetConflictException e) {
            return refused(version, "Not rolled back: " + e.getMessage());
        }
        return Response.seeOther(URI.create("/workbench?notice=rolled-back")).build();
    }

    private Response refused(String version, String message) {
        return Response.status(Response.Status.CONFLICT).entity(versions.versionPage(version, null, message)).build();
    }
}
