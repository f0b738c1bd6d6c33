package org.acarules.workbench;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.acarules.api.Roles;
import org.acarules.batch.ReevaluationRequest;
import org.acarules.batch.ReevaluationService;
import org.acarules.rulesets.RulesetService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Starting the re-evaluation of the stored applicants against the active version, administrators only (as
 * POST /api/v1/reevaluations); the home page lists the job and follows its progress.
 */
@Path("/workbench/reevaluations")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class JobPages {
    @Inject
    ReevaluationService reevaluations;

    @Inject
    RulesetService rulesets;

    /** {@code record}: store the new decisions (not a dry run); the active version's default is to store them. */
    @POST
    @Operation(hidden = true)
    public Response start(@FormParam("dry-run") boolean dryRun) {
        reevaluations.start(new ReevaluationRequest(Versions.active(rulesets), null, dryRun, null, null));
        return Response.seeOther(URI.create("/workbench?notice=job-started#jobs-heading")).build();
    }
}
