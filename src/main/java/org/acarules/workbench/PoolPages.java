package org.acarules.workbench;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import org.acarules.rulesets.RulesetService;
import org.acarules.rulesets.RulesetSummary;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.acarules.api.Roles;
import org.acarules.definitions.RulesetDefinition;
import org.acarules.engine.ActiveRuleset;
import org.acarules.pool.jobs.PoolJob;
import org.acarules.pool.jobs.PoolJobService;
import org.acarules.pool.jobs.PoolJobStatus;
import org.acarules.pool.projection.Projection;
import org.acarules.pool.projection.ProjectionRequest;
import org.acarules.pool.projection.Scenario;
import org.acarules.pool.statistics.PoolStatistics;
import org.acarules.pool.statistics.StatisticsRequest;
import org.acarules.requests.FieldError;
import org.acarules.requests.InvalidRequestException;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Pool statistics and projections over the stored applicants, started as jobs (as POST
 * /api/v1/pools/statistics-jobs and /projection-jobs), followed live and shown as charts with their tables.
 * Analysts and administrators, as the API's pool resource.
 */
@Path("/workbench/pools")
@RolesAllowed({Roles.ANALYST, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class PoolPages {
    private static final int JOBS_SHOWN = 10;

    /** The form's values as typed, so a refused form comes back filled in. */
    public record Form(String kind, String version, String year, String state, String years, String seed, Set<Integer> scenarios) {
        static Form defaults(int year) {
            return new Form("", "", Integer.toString(year), "", "10", "1", Set.of(0, 1, 2, 3));
        }

        public boolean chosen(int scenario) {
            return scenarios.contains(scenario);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance pools(Form form, List<FieldError> errors, List<RulesetSummary> versions, List<Integer> years,
                List<String> states, List<Scenario> scenarios, List<PoolJobStatus> jobs);

        static native TemplateInstance job(PoolJobStatus job, PoolStatistics statistics, Projection projection,
                List<PoolFigures.Figure> figures, PoolFigures.Table verdicts);
    }

    /** Stored versions offered besides the active one (the newest first), as on the try page. */
    private static final int VERSIONS_OFFERED = 20;

    @Inject
    PoolJobService jobs;

    @Inject
    RulesetService rulesets;

    @Inject
    ActiveRuleset active;

    @GET
    @Operation(hidden = true)
    public TemplateInstance pools() {
        return page(Form.defaults(definition().defaultYear()), List.of());
    }

    @POST
    @Path("/statistics")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response statistics(@FormParam("version") String version, @FormParam("year") String year,
            @FormParam("state") String state) {
        Form form = new Form(PoolJob.STATISTICS, version, year, state, "10", "1", Set.of(0, 1, 2, 3));
        try {
            List<FieldError> errors = new ArrayList<>();
            Integer y = number(year, "year", errors);
            check(errors);
            return started(jobs.startStatistics(new StatisticsRequest(blank(version), y, blank(state))));
        } catch (InvalidRequestException e) {
            return Response.status(400).entity(page(form, e.errors())).build();
        }
    }

    @POST
    @Path("/projections")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response projection(@FormParam("version") String version, @FormParam("year") String year,
            @FormParam("state") String state, @FormParam("years") String years, @FormParam("seed") String seed,
            @FormParam("scenario") List<Integer> scenarios) {
        Set<Integer> chosen = scenarios == null ? Set.of() : Set.copyOf(scenarios);
        Form form = new Form(PoolJob.PROJECTION, version, year, state, years, seed, chosen);
        try {
            List<FieldError> errors = new ArrayList<>();
            Integer y = number(year, "year", errors);
            Integer n = number(years, "years", errors);
            Integer s = number(seed, "seed", errors);
            List<ProjectionRequest.ScenarioInput> inputs = new ArrayList<>();
            List<Scenario> defaults = Scenario.defaults();
            for (int i = 0; i < defaults.size(); i++) {
                if (chosen.contains(i)) {
                    Scenario d = defaults.get(i);
                    inputs.add(new ProjectionRequest.ScenarioInput(d.name(), d.mandate(), d.subsidy(), d.reinsurance(), d.employerDropShare()));
                }
            }
            if (inputs.isEmpty()) {
                errors.add(new FieldError("scenarios", "choose at least one scenario"));
            }
            check(errors);
            return started(jobs.startProjection(new ProjectionRequest(blank(version), y, blank(state), n, s == null ? null : s.longValue(),
                    inputs, null)));
        } catch (InvalidRequestException e) {
            return Response.status(400).entity(page(form, e.errors())).build();
        }
    }

    @GET
    @Path("/jobs/{id}")
    @Operation(hidden = true)
    public TemplateInstance job(@PathParam("id") long id) {
        PoolJobStatus job = jobs.status(id);
        PoolStatistics statistics = null;
        Projection projection = null;
        List<PoolFigures.Figure> figures = List.of();
        PoolFigures.Table verdicts = null;
        if (job.completed() && job.kind().equals(PoolJob.STATISTICS)) {
            statistics = jobs.result(job, PoolStatistics.class);
            figures = PoolFigures.statistics(statistics);
        } else if (job.completed()) {
            projection = jobs.result(job, Projection.class);
            figures = PoolFigures.projection(projection);
            verdicts = PoolFigures.verdicts(projection);
        }
        return Templates.job(job, statistics, projection, figures, verdicts);
    }

    private TemplateInstance page(Form form, List<FieldError> errors) {
        RulesetDefinition d = definition();
        return Templates.pools(form, errors, rulesets.versions().stream().limit(VERSIONS_OFFERED).toList(),
                IntStream.rangeClosed(d.firstYear(), d.lastYear()).boxed().toList(),
                d.states().stream().sorted().toList(), Scenario.defaults(), jobs.recent(null, JOBS_SHOWN));
    }

    private static Response started(PoolJobStatus job) {
        return Response.seeOther(URI.create("/workbench/pools/jobs/" + job.id())).build();
    }

    private RulesetDefinition definition() {
        return active.get().parameters().ruleset();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static Integer number(String value, String field, List<FieldError> errors) {
        if (blank(value) == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "must be a whole number, was '" + value + "'"));
            return null;
        }
    }

    private static void check(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }
}
