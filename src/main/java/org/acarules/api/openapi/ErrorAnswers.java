package org.acarules.api.openapi;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The error answers of every operation, each with the one error shape ({@code ErrorResponse} of FieldError, see
 * src/main/java/org/acarules/api/README.md). Which operation can give which status is a small table here: 400, 401,
 * 403 and 500 can come from any operation; 404 from one naming a resource in its path; 413 and 415 from one
 * taking a body; 409 from one that names a ruleset version (its path, body or X-Ruleset-Version header) or
 * changes the active one; 422 and 503 from one that evaluates rules.
 */
final class ErrorAnswers {
    static final String ERROR = "Error";
    static final String FIELD_ERROR = "FieldError";
    private static final String REF = "#/components/schemas/";

    /** Evaluates rules for the caller: may answer 422 (not modelled) and 503 (evaluation deadline). */
    static final Set<String> EVALUATING = Set.of(
            "POST /api/v1/eligibility", "POST /api/v1/premium-tax-credit", "POST /api/v1/shared-responsibility-payment",
            "POST /api/v1/employer-shared-responsibility", "POST /api/v1/plans/compliance", "POST /api/v1/premiums",
            "POST /api/v1/enrollment", "POST /api/v1/households/eligibility/estimates", "POST /api/v1/households/slcsp",
            "POST /api/v1/households/lcsp", "POST /api/v1/households/lcbp", "POST /api/v1/households/ichra",
            "GET /api/v1/households/pcfpl", "POST /api/v1/plans/benchmark/slcsp", "POST /api/v1/plans/benchmark/lcsp",
            "POST /api/v1/plans/benchmark/lcbp", "POST /api/v1/applicants/{id}/evaluate",
            "POST /api/v1/decisions/{id}/replay", "POST /api/v1/populations/generate", "POST /api/v1/pools/projections",
            "POST /api/v1/rulesets/{version}/compare");

    /**
     * May answer 409 (RulesetConflictException): changes the active version, or compiles a stored version named by
     * path, body or the X-Ruleset-Version header (which the evaluation endpoints accept), which may no longer compile.
     */
    static final Set<String> CONFLICTING = Set.of(
            "POST /api/v1/rulesets/{version}/activate", "POST /api/v1/rulesets/{version}/rollback",
            "POST /api/v1/rulesets/reload", "POST /api/v1/rulesets/{version}/compare",
            "POST /api/v1/rulesets/{version}/scenario-runs", "POST /api/v1/reevaluations", "POST /api/v1/pools/projections",
            "POST /api/v1/pools/projection-jobs", "POST /api/v1/pools/statistics-jobs",
            "GET /api/v1/pools/statistics", "POST /api/v1/eligibility", "POST /api/v1/premium-tax-credit",
            "POST /api/v1/shared-responsibility-payment", "POST /api/v1/employer-shared-responsibility",
            "POST /api/v1/plans/compliance", "POST /api/v1/premiums", "POST /api/v1/enrollment",
            "POST /api/v1/households/eligibility/estimates", "POST /api/v1/households/slcsp",
            "POST /api/v1/households/lcsp", "POST /api/v1/households/lcbp", "POST /api/v1/households/ichra",
            "GET /api/v1/households/pcfpl", "POST /api/v1/plans/benchmark/slcsp", "POST /api/v1/plans/benchmark/lcsp",
            "POST /api/v1/plans/benchmark/lcbp");

    private ErrorAnswers() {
    }

    static void declare(OpenAPI openAPI, Operations operations) {
        openAPI.getComponents().addSchema(FIELD_ERROR, fieldError());
        openAPI.getComponents().addSchema(ERROR, error());
        operations.forEach(entry -> {
            if (!entry.path().startsWith("/api/")) {
                return;
            }
            if (entry.operation().getResponses() == null) {
                entry.operation().setResponses(OASFactory.createAPIResponses());
            }
            APIResponses responses = entry.operation().getResponses();
            add(responses, "400", "Bad input: not JSON, a wrong type, an unknown field, a number out of range, a"
                    + " value the validation refuses, or a year or state the ruleset does not model; each error names"
                    + " the field (JSON path, snake_case)");
            addWithoutBody(responses, "401", "Not signed in (the sign-in check answers with an empty body and"
                    + " WWW-Authenticate)");
            addWithoutBody(responses, "403", "Signed in without a role this operation needs (the sign-in check answers"
                    + " with an empty body)");
            if (entry.hasPathParameters()) {
                add(responses, "404", "No such " + entry.path().replaceAll(".*\\{([^}]+)}.*", "$1")
                        + " (or an unknown path)");
            }
            if (CONFLICTING.contains(entry.key())) {
                add(responses, "409", "Refused in the ruleset's current state: a stored version that no longer"
                        + " compiles, a version that fails its scenarios, a rollback with nothing to roll back to");
            }
            if (entry.hasBody()) {
                add(responses, "413", "Too large: over a size limit (aca.limits.*, code limit_exceeded, naming the"
                        + " setting) or a ruleset draft over aca.rulesets.max-upload-bytes; over the HTTP body limit"
                        + " (64 MiB) the body is empty");
                add(responses, "415", "A Content-Type this operation does not accept (field Content-Type)");
            }
            if (EVALUATING.contains(entry.key())) {
                add(responses, "422", "Valid, but outside what the rules model (\"not modelled: ...\")");
                add(responses, "503", "The evaluation passed its deadline (aca.engine.deadline, code"
                        + " evaluation_deadline); a retry may succeed");
            }
            add(responses, "500", "A fault of the service: only an error id to quote (code rules_looping for a"
                    + " looping ruleset)");
        });
    }

    /** The sign-in check's refusals: a description and no body, as the service answers them. */
    private static void addWithoutBody(APIResponses responses, String status, String description) {
        APIResponse response = responses.getAPIResponse(status);
        if (response == null) {
            response = OASFactory.createAPIResponse();
            responses.addAPIResponse(status, response);
        }
        response.setDescription(description);
        response.setContent(null);
    }

    /** Sets the description and error body, keeping a description the resource gave itself. */
    private static void add(APIResponses responses, String status, String description) {
        APIResponse response = responses.getAPIResponse(status);
        if (response == null) {
            response = OASFactory.createAPIResponse();
            responses.addAPIResponse(status, response);
        }
        if (response.getDescription() == null || List.of("Not Authorized", "Not Allowed", "Bad Request")
                .contains(response.getDescription())) {
            response.setDescription(description);
        }
        response.setContent(OASFactory.createContent().addMediaType("application/json",
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF + ERROR))));
    }

    private static Schema error() {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("Every answer that is not a success: what is wrong, field by field")
                .addRequired("errors")
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).minItems(1)
                        .items(OASFactory.createSchema().ref(REF + FIELD_ERROR)))
                .addProperty("error_id", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("500 only: the id under which the service logged the fault; quote it"))
                .examples(List.of(Map.of("errors", List.of(Map.of("field", "household.people[0].age",
                        "message", "must be a whole number")))));
    }

    private static Schema fieldError() {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("One problem with a request")
                .addRequired("field").addRequired("message")
                .addProperty("field", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("JSON path of the value at fault (snake_case, with list indexes); \"\" for the"
                                + " request as a whole; Content-Type for a refused media type"))
                .addProperty("message", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("What is wrong, in plain words"))
                .addProperty("code", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("Present where a program may act on the error, e.g. unknown_county,"
                                + " limit_exceeded, rules_looping, evaluation_deadline"));
    }
}
