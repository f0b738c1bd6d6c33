package org.acarules.workbench;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.acarules.engine.RulesetContent;
import org.acarules.requests.FieldError;
import org.acarules.rulesets.DraftReport;
import org.acarules.api.Roles;
import org.acarules.rulesets.RulesetService;
import org.acarules.rulesets.RulesetSummary;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Try a household: an eligibility request typed or pasted as JSON, evaluated against a chosen stored version (the
 * active one or a draft) as POST /api/v1/eligibility evaluates it; the answer with each person's outcome and the
 * reasons with their citations. Bad input is shown in the page, naming the field (422), never a server error. The
 * household can then be added as a scenario to a new draft on that version ({@link ScenarioDrafts}).
 */
@Path("/workbench/try")
@RolesAllowed({Roles.ANALYST, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class TryPage {
    /** The versions offered in the page's list: the newest stored ones. */
    private static final int VERSIONS_OFFERED = 20;

    /** A household to start from: a single adult in Texas at about 200% of the poverty line, benchmark given. */
    static final String EXAMPLE = """
            {
              "year": 2026,
              "place": {"state": "TX", "countyfips": "48201", "zipcode": "77002"},
              "household": {
                "income": 31500,
                "filing_status": "single",
                "people": [
                  {"id": "pat", "age": 40, "relationship": "self", "immigration_status": "citizen"}
                ]
              },
              "benchmark_premium": {"monthly": 625.00}
            }
            """;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance tryHousehold(String version, List<RulesetSummary> versions, String request,
                HouseholdAnswers.Answer answer, ScenarioDrafts.Form scenario, List<FieldError> scenarioProblems);
    }

    @Inject
    HouseholdAnswers answers;

    @Inject
    RulesetService rulesets;

    @Inject
    ScenarioDrafts scenarios;

    @Inject
    VersionContents contents;

    @Inject
    SignedIn signedIn;

    @GET
    @Operation(hidden = true)
    public TemplateInstance form(@QueryParam("version") String version) {
        return Templates.tryHousehold(Versions.orActive(version, rulesets), offered(), EXAMPLE, null,
                ScenarioDrafts.Form.empty(), List.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response evaluate(@FormParam("version") String version, @FormParam("request") String request) {
        String v = Versions.orActive(version, rulesets);
        HouseholdAnswers.Answer answer = answers.evaluate(v, request);
        return Response.status(answer.answered() ? 200 : 422).entity(Templates.tryHousehold(v, offered(),
                request == null ? "" : request, answer, ScenarioDrafts.Form.empty(), List.of())).build();
    }

    /**
     * Adds the household as a scenario to a new draft on the version: evaluated again here (the expected values are
     * never taken from the form), then the version plus the new scenario file is drafted as any draft is.
     */
    @POST
    @Path("/scenario")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response addScenario(@FormParam("version") String version, @FormParam("request") String request,
            @FormParam("id") String id, @FormParam("sentence") String sentence, @FormParam("source") String source) {
        String v = Versions.orActive(version, rulesets);
        String text = request == null ? "" : request;
        ScenarioDrafts.Form form = new ScenarioDrafts.Form(id == null ? "" : id.strip(), sentence, source);
        HouseholdAnswers.Answer answer = answers.evaluate(v, text);
        if (!answer.answered()) {
            return Response.status(422).entity(Templates.tryHousehold(v, offered(), text, answer, form, List.of())).build();
        }
        RulesetContent base = contents.of(v);
        List<FieldError> problems = scenarios.problems(form, base);
        if (!problems.isEmpty()) {
            return Response.status(422).entity(Templates.tryHousehold(v, offered(), text, answer, form, problems)).build();
        }
        RulesetContent content = scenarios.draft(base, form, text, answer.response(), signedIn.name());
        DraftReport report = rulesets.draft(content, signedIn.name());
        if (!report.compiles()) { // the base compiled and a scenario file is not compiled: only a fault of the base's store
            List<FieldError> errors = DraftProblems.of(report, content.files()).stream()
                    .map(p -> new FieldError(p.file() + ":" + p.line(), p.message())).toList();
            return Response.status(422).entity(Templates.tryHousehold(v, offered(), text, answer, form, errors)).build();
        }
        return Response.seeOther(URI.create("/workbench/versions/" + report.version() + "?notice=scenario-added&file="
                + URLEncoder.encode(scenarios.path(form), StandardCharsets.UTF_8))).build();
    }

    private List<RulesetSummary> offered() {
        return rulesets.versions().stream().limit(VERSIONS_OFFERED).toList();
    }
}
