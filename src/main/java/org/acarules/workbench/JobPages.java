package org.acarules.workbench;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.acarules.api.Roles;
import org.acarules.batch.ChangePage;
import org.acarules.batch.JobStatus;
import org.acarules.batch.ReevaluationRequest;
import org.acarules.batch.ReevaluationService;
import org.acarules.batch.Summary;
import org.acarules.rulesets.RulesetService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Re-evaluation jobs: a job's page (its progress, followed live while it runs; its summary, as GET
 * /api/v1/reevaluations/{id}/summary; its changed households, paged, as /changes) for analysts and administrators;
 * starting, cancelling and resuming a job for administrators only, as the API's POSTs.
 */
@Path("/workbench")
@RolesAllowed({Roles.ANALYST, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class JobPages {
    /** Changed households shown per page of the job's page. */
    static final int CHANGES_SHOWN = 20;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance job(JobStatus job, Summary summary, Transitions transitions, TransitionGroups byState,
                TransitionGroups byFplBand, ChangePage changes, List<JobChanges.Household> households, boolean finished,
                String notice);
    }

    @Inject
    ReevaluationService reevaluations;

    @Inject
    RulesetService rulesets;

    /** {@code record}: store the new decisions (not a dry run); the active version's default is to store them. */
    @POST
    @Path("/reevaluations")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response start(@FormParam("dry-run") boolean dryRun) {
        reevaluations.start(new ReevaluationRequest(Versions.active(rulesets), null, dryRun, null, null));
        return Response.seeOther(URI.create("/workbench?notice=job-started#jobs-heading")).build();
    }

    @GET
    @Path("/jobs/{id}")
    @Operation(hidden = true)
    public TemplateInstance job(@PathParam("id") long id, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("notice") String notice) {
        JobStatus job = reevaluations.status(id);
        Summary summary = reevaluations.summary(id);
        ChangePage changes = reevaluations.changes(id, page, CHANGES_SHOWN);
        return Templates.job(job, summary, Transitions.of(summary), TransitionGroups.of(summary.byState()),
                TransitionGroups.of(summary.byFplBand()), changes, JobChanges.of(changes),
                !"running".equals(job.status()), Notices.text(notice));
    }

    @POST
    @Path("/jobs/{id}/cancel")
    @RolesAllowed(Roles.ADMIN)
    @Operation(hidden = true)
    public Response cancel(@PathParam("id") long id) {
        reevaluations.cancel(id);
        return Response.seeOther(URI.create("/workbench/jobs/" + id + "?notice=job-cancelled")).build();
    }

    @POST
    @Path("/jobs/{id}/resume")
    @RolesAllowed(Roles.ADMIN)
    @Operation(hidden = true)
    public Response resume(@PathParam("id") long id) {
        reevaluations.resume(id);
        return Response.seeOther(URI.create("/workbench/jobs/" + id + "?notice=job-resumed")).build();
    }
}
