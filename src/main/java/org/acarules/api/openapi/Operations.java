package org.acarules.api.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;

/** Every operation of the document with its method and path, which the contract's tables are keyed on. */
record Operations(List<Operations.Entry> entries) {

    /** One operation: {@code method} in upper case ("POST"), {@code path} as in the document. */
    record Entry(String method, String path, Operation operation) {
        boolean hasBody() {
            return operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
                    && operation.getRequestBody().getContent().getMediaTypes() != null
                    && !operation.getRequestBody().getContent().getMediaTypes().isEmpty();
        }

        boolean hasPathParameters() {
            return path.contains("{");
        }

        /** "POST /api/v1/eligibility": the form the tables below and the scenario files use. */
        String key() {
            return method + " " + path;
        }
    }

    static Operations of(OpenAPI openAPI) {
        List<Entry> entries = new ArrayList<>();
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().forEach((path, item) -> {
                if (item.getOperations() != null) {
                    item.getOperations().forEach((method, operation) ->
                            entries.add(new Entry(method.name().toUpperCase(Locale.ROOT), path, operation)));
                }
            });
        }
        return new Operations(List.copyOf(entries));
    }

    void forEach(Consumer<Entry> action) {
        entries.forEach(action);
    }
}
