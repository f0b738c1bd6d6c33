package org.acarules.workbench;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.acarules.api.Roles;
import org.acarules.rulesets.RulesetService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * One scenario: its sentence, source, file and request, what it expects, and, for an eligibility case, what the
 * version answers now (outcomes per person, the rules that fired as reasons, with their citations).
 */
@Path("/workbench/scenarios")
@RolesAllowed({Roles.ANALYST, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class ScenarioPage {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance scenario(String version, ScenarioCatalog.Scenario scenario,
                HouseholdAnswers.Answer answer);
    }

    @Inject
    ScenarioCatalog scenarios;

    @Inject
    HouseholdAnswers answers;

    @Inject
    RulesetService rulesets;

    @Inject
    VersionContents contents;

    @GET
    @Path("/{id}")
    @Operation(hidden = true)
    public TemplateInstance scenario(@PathParam("id") String id, @QueryParam("version") String version) {
        String v = Versions.orActive(version, rulesets);
        ScenarioCatalog.Scenario scenario = scenarios.find(id, contents.of(v).scenarioFiles()).orElseThrow(() -> new NotFoundException());
        HouseholdAnswers.Answer answer = scenario.eligibility() ? answers.evaluate(v, scenario.scenario().request()) : null;
        return Templates.scenario(v, scenario, answer);
    }
}
