package org.acarules.api.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Turns the document Quarkus derives from the resources into the API's contract: operation ids, the two ways to
 * sign in, the error answers, request schemas as strict as the service, and an example body for every operation.
 * One filter over the whole model rather than annotations on every request class, so request classes stay plain
 * records and a new endpoint gets the same treatment without anyone remembering it. Runs at start-up so the
 * examples are read from the application's resources ({@code openapi/examples/<operationId>.<ext>}).
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class ContractFilter implements OASFilter {
    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Operations operations = Operations.of(openAPI);
        operations.forEach(OperationIds::assign);
        SchemaNames.clarify(openAPI);
        SignIn.declare(openAPI, operations);
        ErrorAnswers.declare(openAPI, operations);
        ParameterOverridesField.declare(openAPI, operations);
        RequestSchemas.tighten(openAPI, operations);
        RequestExamples.attach(operations);
    }
}
