package org.acarules.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.acarules.requests.InvalidRequestException;
import org.acarules.applicants.ApplicantNotFoundException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.acarules.pool.charts.PoolCharts;
import org.acarules.pool.jobs.PoolJob;
import org.acarules.pool.jobs.PoolJobService;
import org.acarules.pool.jobs.PoolJobStatus;
import org.acarules.pool.statistics.StatisticsRequest;
import org.acarules.pool.projection.Projection;
import org.acarules.pool.projection.ProjectionRequest;
import org.acarules.pool.projection.ProjectionService;
import org.acarules.pool.statistics.PoolStatistics;
import org.acarules.pool.statistics.PoolStatisticsService;
import org.acarules.pool.statistics.StatisticsCsv;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Pool statistics, risk-pool projections and their charts: read-only analysis for analysts and administrators. */
@Path("/api/v1/pools")
@RolesAllowed({Roles.ANALYST, Roles.ADMIN})
public class PoolResource {
    @Inject
    PoolStatisticsService statistics;

    @Inject
    ProjectionService projections;

    @Inject
    PoolJobService jobs;

    @GET
    @Path("/statistics")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Counts and shares by outcome, FPL band, age band and state; the Marketplace pool; coverage gap; mandate")
    public PoolStatistics statistics(@QueryParam("ruleset_version") String version, @QueryParam("year") Integer year,
            @QueryParam("state") String state) {
        return statistics.statistics(version, year, state);
    }

    @GET
    @Path("/statistics")
    @Produces("text/csv")
    public Response statisticsCsv(@QueryParam("ruleset_version") String version, @QueryParam("year") Integer year,
            @QueryParam("state") String state) {
        return Response.ok(StatisticsCsv.write(statistics.statistics(version, year, state)), "text/csv").build();
    }

    @POST
    @Path("/projections")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Project the stored population's pool over plan years under scenarios (mandate, credits, reinsurance, employers)")
    public Projection project(ProjectionRequest request) {
        if (request == null) {
            throw new InvalidRequestException("", "a JSON body is required ({} for every default)");
        }
        return projections.remember(projections.project(request));
    }

    @GET
    @Path("/projections/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Projection projection(@PathParam("id") long id) {
        return find(id);
    }

    @GET
    @Path("/projections/{id}/charts/{file}")
    @Produces({"image/svg+xml", "image/png"})
    @Operation(summary = "premium.svg, enrollment.svg, composition.svg (or .png)")
    public Response chart(@PathParam("id") long id, @PathParam("file") String file) {
        return chart(file, () -> find(id));
    }

    private static Response chart(String file, java.util.function.Supplier<Projection> projection) {
        int dot = file.lastIndexOf('.');
        String name = dot < 0 ? file : file.substring(0, dot);
        String format = dot < 0 ? "" : file.substring(dot + 1);
        if (!PoolCharts.NAMES.contains(name) || !(format.equals("svg") || format.equals("png"))) {
            throw new InvalidRequestException("file", "one of " + PoolCharts.NAMES + " with .svg or .png, was '" + file + "'");
        }
        var chart = PoolCharts.chart(name, projection.get());
        return format.equals("svg") ? Response.ok(PoolCharts.svg(chart), "image/svg+xml").build()
                : Response.ok(PoolCharts.png(chart), "image/png").build();
    }

    @POST
    @Path("/statistics-jobs")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start the statistics of the stored population as a job (202, Location: the job); the request is checked at once")
    public Response startStatistics(StatisticsRequest request, @Context UriInfo uri) {
        return accepted(jobs.startStatistics(request), uri, "statistics-jobs");
    }

    @GET
    @Path("/statistics-jobs/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A statistics job: state, households done of total, rate, ETA; the statistics once completed")
    public PoolJobStatus statisticsJob(@PathParam("id") long id) {
        return jobs.status(PoolJob.STATISTICS, id);
    }

    @POST
    @Path("/projection-jobs")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a projection of the stored population as a job (202, Location: the job); the request is checked at once")
    public Response startProjection(ProjectionRequest request, @Context UriInfo uri) {
        return accepted(jobs.startProjection(request), uri, "projection-jobs");
    }

    @GET
    @Path("/projection-jobs/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A projection job: state, households done of total, rate, ETA; the projection once completed")
    public PoolJobStatus projectionJob(@PathParam("id") long id) {
        return jobs.status(PoolJob.PROJECTION, id);
    }

    @GET
    @Path("/projection-jobs/{id}/charts/{file}")
    @Produces({"image/svg+xml", "image/png"})
    @Operation(summary = "A completed projection job's charts: premium.svg, enrollment.svg, composition.svg (or .png)")
    public Response jobChart(@PathParam("id") long id, @PathParam("file") String file) {
        return chart(file, () -> jobs.projection(id));
    }

    private static Response accepted(PoolJobStatus job, UriInfo uri, String collection) {
        return Response.accepted(job).location(uri.getBaseUriBuilder().path("api/v1/pools").path(collection)
                .path(Long.toString(job.id())).build()).build();
    }

    private Projection find(long id) {
        return projections.find(id).orElseThrow(() -> new ApplicantNotFoundException("projection", id));
    }
}
