package org.acarules.api.openapi;

import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * {@code parameter_overrides} on the endpoints bound to {@code @AcceptsParameterOverrides}: ParameterOverridesInterceptor
 * takes the field out of the body before the request record is read and adds it to the answer, so the scanner never
 * sees it; without this the document refused what the service accepts (the parameter_overrides scenario cases). The
 * table follows the annotation (on the classes listed there); OpenApiContractTest fails on a scenario case using the field where it is missing.
 * (Eligibility and the households estimates declare it in their request record.)
 */
final class ParameterOverridesField {
    static final String NAME = "parameter_overrides";
    static final Set<String> INTERCEPTED = Set.of(
            "POST /api/v1/premiums", "POST /api/v1/enrollment", "POST /api/v1/plans/compliance",
            "POST /api/v1/premium-tax-credit", "POST /api/v1/plans/benchmark/slcsp", "POST /api/v1/plans/benchmark/lcsp",
            "POST /api/v1/plans/benchmark/lcbp",
            "POST /api/v1/employer-shared-responsibility", "POST /api/v1/shared-responsibility-payment");
    private static final String REF = "#/components/schemas/";

    private ParameterOverridesField() {
    }

    static void declare(OpenAPI openAPI, Operations operations) {
        operations.forEach(entry -> {
            if (!INTERCEPTED.contains(entry.key())) {
                return;
            }
            if (entry.hasBody()) {
                MediaType json = entry.operation().getRequestBody().getContent().getMediaType("application/json");
                addTo(openAPI, json == null ? null : json.getSchema(), "Parameter id -> value, for this request only"
                        + " (an analyst's what-if): an unknown id or a value of the wrong type is a 400");
            }
            if (entry.operation().getResponses() != null && entry.operation().getResponses().getAPIResponse("200") != null
                    && entry.operation().getResponses().getAPIResponse("200").getContent() != null) {
                MediaType json = entry.operation().getResponses().getAPIResponse("200").getContent().getMediaType("application/json");
                addTo(openAPI, json == null ? null : json.getSchema(), "The parameter overrides the answer was computed"
                        + " with, when the request gave any");
            }
        });
    }

    private static void addTo(OpenAPI openAPI, Schema schema, String description) {
        if (schema == null || schema.getRef() == null || !schema.getRef().startsWith(REF)) {
            return;
        }
        Schema target = openAPI.getComponents().getSchemas().get(schema.getRef().substring(REF.length()));
        if (target != null && (target.getProperties() == null || !target.getProperties().containsKey(NAME))) {
            target.addProperty(NAME, OASFactory.createSchema().addType(Schema.SchemaType.OBJECT).description(description)
                    .additionalPropertiesSchema(OASFactory.createSchema().description("Any JSON value")));
        }
    }
}
