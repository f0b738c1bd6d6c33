package org.acarules.workbench;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import java.util.List;
import org.acarules.api.Roles;
import org.acarules.definitions.Parameter;
import org.acarules.engine.Ruleset;
import org.acarules.engine.RulesetContent;
import org.acarules.rulesets.RuleEntry;
import org.acarules.rulesets.RulesetService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Find anything in one step: a version's rules (id, text, citation, file and line, the parameters each reads),
 * parameters (description, unit, references) and the scenarios (sentence, source, id, file, request), filtered by
 * words, a rule id, a citation, a parameter id or a scenario id.
 */
@Path("/workbench")
@RolesAllowed({Roles.ANALYST, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class CatalogPage {
    /** A rule as listed: the catalogue entry and the line where the rule is written. */
    public record RuleRow(RuleEntry rule, int line) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance catalog(String version, boolean active, String q, List<RuleRow> rules,
                List<Parameter> parameters, List<ScenarioCatalog.Scenario> scenarios);

        static native TemplateInstance parameter(String version, Parameter parameter, List<ParameterValues.Row> rows,
                String chartJson, List<RuleEntry> readBy);
    }

    @Inject
    RulesetService rulesets;

    @Inject
    VersionContents contents;

    @Inject
    ScenarioCatalog scenarios;

    @GET
    @Path("/catalog")
    @Operation(hidden = true)
    public TemplateInstance catalog(@QueryParam("version") String version, @QueryParam("q") String q) {
        String v = Versions.orActive(version, rulesets);
        String query = q == null ? "" : q.strip();
        RulesetContent content = contents.of(v);
        var files = content.files();
        List<RuleRow> rules = rulesets.rules(v).stream().filter(r -> matches(query, r))
                .map(r -> new RuleRow(r, RuleLines.ofRule(files.get(r.file()), r.id()))).toList();
        List<Parameter> parameters = rulesets.compiled(v).parameters().all().stream().filter(p -> matches(query, p))
                .sorted(Comparator.comparing(Parameter::id)).toList();
        List<ScenarioCatalog.Scenario> cases = scenarios.all(content.scenarioFiles()).stream()
                .filter(s -> scenarios.matches(query, s)).toList();
        return Templates.catalog(v, v.equals(rulesets.served().version()), query, rules, parameters, cases);
    }

    @GET
    @Path("/parameters/{id}")
    @Operation(hidden = true)
    public TemplateInstance parameter(@PathParam("id") String id, @QueryParam("version") String version) {
        String v = Versions.orActive(version, rulesets);
        Ruleset ruleset = rulesets.compiled(v);
        Parameter parameter = ruleset.parameters().parameter(id);
        List<RuleEntry> readBy = rulesets.rules(v).stream().filter(r -> r.parameters().contains(id)).toList();
        return Templates.parameter(v, parameter, ParameterValues.rows(parameter), ParameterValues.chartJson(parameter),
                readBy);
    }

    private static boolean matches(String q, RuleEntry r) {
        return Search.matches(q, r.id(), r.text(), r.citation(), r.file(), String.join(" ", r.parameters()));
    }

    private static boolean matches(String q, Parameter p) {
        return Search.matches(q, p.id(), p.description(), p.file(), p.unit(),
                String.join(" ", p.references().stream().map(r -> r.title()).toList()));
    }
}
