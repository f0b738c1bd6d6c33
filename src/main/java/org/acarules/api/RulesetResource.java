package org.acarules.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.acarules.eligibility.EligibilityRequest;
import org.acarules.scenarios.ScenarioUploads;
import org.acarules.rulesets.ComparisonReport;
import org.acarules.rulesets.RuleEntry;
import org.acarules.rulesets.RulesetComparison;
import org.acarules.scenarios.ScenarioCase;
import org.acarules.scenarios.ScenarioRunReport;
import org.acarules.rulesets.ActivationReport;
import org.acarules.rulesets.AuditEntry;
import org.acarules.rulesets.DraftReader;
import org.acarules.rulesets.DraftReport;
import org.acarules.rulesets.DraftRequest;
import org.acarules.rulesets.RulesetService;
import org.acarules.rulesets.RulesetSummary;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Ruleset versions: drafts, validation, activation, rollback, reload and the audit trail. */
@Path("/api/v1/rulesets")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ANALYST, Roles.ADMIN})
public class RulesetResource {
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "aca.limits.scenario-cases", defaultValue = "5000")
    int maxScenarioCases;

    @Inject
    RulesetService rulesets;

    @Inject
    DraftReader drafts;

    @Inject
    Caller caller;

    @Inject
    RulesetComparison comparison;

    public record ActivationRequest(Boolean force, String reason) {
    }

    /** Scenario files to run instead of the configured folder (file name -> YAML), and whether to run their setup. */
    public record ScenarioRunRequest(Map<String, String> scenarios, Boolean runSetup) {
    }

    /** Households to compare, and/or a scenario file whose eligibility cases supply them. */
    public record CompareRequest(List<@NotNull @Valid EligibilityRequest> households, String scenarios) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Validate a draft given as files by path; a draft that compiles is stored as a version")
    public DraftReport draft(@NotNull(message = "a JSON body is required") @Valid DraftRequest draft) {
        return rulesets.draft(drafts.fromJson(draft), caller.name());
    }

    @POST
    @Consumes({"application/zip", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Validate a draft given as a zip of rules/ and benefit-definitions/")
    public DraftReport draftZip(InputStream zip) {
        return rulesets.draft(drafts.fromZip(zip), caller.name());
    }

    @GET
    @Operation(summary = "Stored ruleset versions, newest first")
    public List<RulesetSummary> versions() {
        return rulesets.versions();
    }

    @GET
    @Path("/audit")
    @Operation(summary = "Every draft, activation, rollback and reload: who, when, which version, from which, why")
    public List<AuditEntry> audit() {
        return rulesets.audit();
    }

    @GET
    @Path("/{version}")
    public RulesetSummary version(@PathParam("version") String version) {
        return rulesets.version(version);
    }

    @GET
    @Path("/{version}/rules")
    @Operation(summary = "The version's rules: id, text, citation, the file each is written in and the parameters it reads")
    public List<RuleEntry> rules(@PathParam("version") String version) {
        return rulesets.rules(version);
    }

    @POST
    @Path("/{version}/activate")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make a stored version the active one (atomic; requests in flight finish on theirs)")
    public ActivationReport activate(@PathParam("version") String version, ActivationRequest request) {
        boolean force = request != null && Boolean.TRUE.equals(request.force());
        return rulesets.activate(version, caller.name(), caller.credentials(), force,
                request == null ? null : request.reason());
    }

    @POST
    @Path("/{version}/scenario-runs")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Run the scenarios (the configured folder, or uploaded files) against a version: pass/fail and rule coverage")
    public ScenarioRunReport scenarioRun(@PathParam("version") String version, ScenarioRunRequest request) {
        List<ScenarioCase> uploaded = request == null || request.scenarios() == null ? null
                : ScenarioUploads.parse(request.scenarios(), maxScenarioCases);
        boolean runSetup = request != null && Boolean.TRUE.equals(request.runSetup());
        return rulesets.runScenarios(version, uploaded, runSetup, caller.name(), caller.credentials());
    }

    @POST
    @Path("/{version}/compare")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "What-if: the active version's and this version's eligibility answers side by side, with the fields that differ")
    public ComparisonReport compare(@PathParam("version") String version,
            @NotNull(message = "a JSON body is required") @Valid CompareRequest request) {
        return comparison.compare(version, request.households(), request.scenarios());
    }

    @POST
    @Path("/{version}/rollback")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Undo the activation of the active version: the version before it serves again")
    public ActivationReport rollback(@PathParam("version") String version, ActivationRequest request) {
        return rulesets.rollback(version, caller.name(), request == null ? null : request.reason());
    }

    @POST
    @Path("/reload")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Compile the configured folders again and activate them")
    public ActivationReport reload() {
        return rulesets.reload(caller.name());
    }
}
