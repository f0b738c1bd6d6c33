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
import java.util.List;
import org.acarules.api.Roles;
import org.acarules.rulesets.RulesetService;
import org.acarules.rulesets.RulesetSummary;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Try a household: an eligibility request typed or pasted as JSON, evaluated against a chosen stored version (the
 * active one or a draft) as POST /api/v1/eligibility evaluates it; the answer with each person's outcome and the
 * reasons with their citations. Bad input is shown in the page, naming the field (422), never a server error.
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
                HouseholdAnswers.Answer answer);
    }

    @Inject
    HouseholdAnswers answers;

    @Inject
    RulesetService rulesets;

    @GET
    @Operation(hidden = true)
    public TemplateInstance form(@QueryParam("version") String version) {
        return Templates.tryHousehold(Versions.orActive(version, rulesets), offered(), EXAMPLE, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response evaluate(@FormParam("version") String version, @FormParam("request") String request) {
        String v = Versions.orActive(version, rulesets);
        HouseholdAnswers.Answer answer = answers.evaluate(v, request);
        return Response.status(answer.answered() ? 200 : 422)
                .entity(Templates.tryHousehold(v, offered(), request == null ? "" : request, answer)).build();
    }

    private List<RulesetSummary> offered() {
        return rulesets.versions().stream().limit(VERSIONS_OFFERED).toList();
    }
}
