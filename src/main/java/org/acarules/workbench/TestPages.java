package org.acarules.workbench;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.Comparator;
import java.util.List;
import org.acarules.api.Caller;
import org.acarules.api.Roles;
import org.acarules.rulesets.ComparisonReport;
import org.acarules.rulesets.RulesetComparison;
import org.acarules.rulesets.RulesetService;
import org.acarules.scenarios.ScenarioFiles;
import org.acarules.scenarios.ScenarioResult;
import org.acarules.scenarios.ScenarioRunReport;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Testing a version: its scenario run (the configured scenario folder, as the activation gate runs it) and its
 * comparison with the active version over the scenarios' eligibility households.
 */
@jakarta.ws.rs.Path("/workbench/versions/{version}")
@RolesAllowed({Roles.ANALYST, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class TestPages {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance scenarioRun(String version, ScenarioRunReport report, List<ScenarioResult> cases);

        static native TemplateInstance comparison(String version, ComparisonReport report, Transitions transitions,
                List<ComparisonReport.HouseholdComparison> changed);
    }

    @ConfigProperty(name = "aca.scenarios.dir", defaultValue = "tests")
    java.nio.file.Path scenariosDir;

    @Inject
    RulesetService rulesets;

    @Inject
    VersionContents contents;

    @Inject
    RulesetComparison comparison;

    @Inject
    Caller caller;

    @POST
    @jakarta.ws.rs.Path("/scenario-runs")
    @Operation(hidden = true)
    public TemplateInstance runScenarios(@PathParam("version") String version) {
        ScenarioRunReport report = rulesets.runScenarios(version, null, false, caller.name(), caller.credentials());
        List<ScenarioResult> failedFirst = report.cases().stream()
                .sorted(Comparator.comparing((ScenarioResult c) -> order(c.status()))).toList();
        return Templates.scenarioRun(version, report, failedFirst);
    }

    @POST
    @jakarta.ws.rs.Path("/compare")
    @Operation(hidden = true)
    public TemplateInstance compare(@PathParam("version") String version) {
        ComparisonReport report = comparison.compareCases(version,
                ScenarioFiles.load(scenariosDir, contents.of(version).scenarioFiles()));
        List<ComparisonReport.HouseholdComparison> changed = report.results().stream()
                .filter(r -> !r.differences().isEmpty()).toList();
        return Templates.comparison(version, report, Transitions.of(report), changed);
    }

    private static int order(String status) {
        return switch (status) {
            case ScenarioResult.FAILED -> 0;
            case ScenarioResult.SKIPPED -> 2;
            default -> 1;
        };
    }
}
