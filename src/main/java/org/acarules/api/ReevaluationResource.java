package org.acarules.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.acarules.batch.ChangePage;
import org.acarules.batch.JobStatus;
import org.acarules.batch.ReevaluationRequest;
import org.acarules.batch.ReevaluationService;
import org.acarules.batch.Summary;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Re-evaluation of stored applicants against a ruleset version, compared with another. */
@Path("/api/v1/reevaluations")
@RolesAllowed({Roles.ANALYST, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class ReevaluationResource {
    @Inject
    ReevaluationService service;

    @RolesAllowed(Roles.ADMIN)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a re-evaluation (202), or get the same one already running (200)")
    public Response start(@NotNull(message = "a JSON body is required") @Valid ReevaluationRequest request) {
        ReevaluationService.Started started = service.start(request);
        return Response.status(started.created() ? Response.Status.ACCEPTED : Response.Status.OK).entity(started.job()).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "State, processed/total, rate and ETA")
    public JobStatus status(@PathParam("id") long id) {
        return service.status(id);
    }

    @RolesAllowed(Roles.ADMIN)
    @POST
    @Path("/{id}/cancel")
    public JobStatus cancel(@PathParam("id") long id) {
        return service.cancel(id);
    }

    @RolesAllowed(Roles.ADMIN)
    @POST
    @Path("/{id}/resume")
    @Operation(summary = "Continue a failed or cancelled job from its last checkpoints")
    public JobStatus resume(@PathParam("id") long id) {
        return service.resume(id);
    }

    @GET
    @Path("/{id}/summary")
    @Operation(summary = "Outcomes before x after: persons and annual APTC per transition, overall, by state and FPL band")
    public Summary summary(@PathParam("id") long id) {
        return service.summary(id);
    }

    @GET
    @Path("/{id}/changes")
    @Operation(summary = "Changed households, paged: before and after per person, the rules that differ")
    public ChangePage changes(@PathParam("id") long id, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("100") int size) {
        return service.changes(id, page, size);
    }
}
