package org.acarules.api.openapi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Names for the schemas the scanner numbered: nested records of the same simple name in different requests
 * (EligibilityRequest.Place, BenchmarkRequest.Place, ...) become Place, Place1, Place2 in the order scanned, names
 * that say nothing and may swap when a class is added. A numbered schema used by exactly one other schema takes
 * that schema's name as a prefix ({@code BenchmarkRequestPlace}); one used from several places keeps its number.
 */
final class SchemaNames {
    private static final String REF = "#/components/schemas/";
    private static final Pattern NUMBERED = Pattern.compile("(.*\\D)\\d+");

    private SchemaNames() {
    }

    static void clarify(OpenAPI openAPI) {
        if (openAPI.getComponents().getSchemas() == null) {
            return;
        }
        boolean renamed = true;
        while (renamed) { // a parent renamed first gives its child the better prefix
            renamed = false;
            for (String name : List.copyOf(openAPI.getComponents().getSchemas().keySet())) {
                Map<String, Schema> schemas = openAPI.getComponents().getSchemas(); // a rename replaces the map
                Matcher numbered = NUMBERED.matcher(name);
                if (!numbered.matches()) {
                    continue;
                }
                List<String> parents = parentsOf(name, schemas);
                if (parents.size() != 1 || NUMBERED.matcher(parents.get(0)).matches()) {
                    continue;
                }
                String better = parents.get(0) + numbered.group(1);
                if (!schemas.containsKey(better)) {
                    rename(openAPI, name, better);
                    renamed = true;
                }
            }
        }
    }

    private static List<String> parentsOf(String name, Map<String, Schema> schemas) {
        List<String> parents = new ArrayList<>();
        schemas.forEach((parent, schema) -> {
            Set<String> refs = new HashSet<>();
            visit(schema, s -> refs.add(s.getRef()));
            if (!parent.equals(name) && refs.contains(REF + name)) {
                parents.add(parent);
            }
        });
        return parents;
    }

    private static void rename(OpenAPI openAPI, String from, String to) {
        Map<String, Schema> renamed = new LinkedHashMap<>();
        openAPI.getComponents().getSchemas().forEach((name, schema) -> renamed.put(name.equals(from) ? to : name, schema));
        openAPI.getComponents().setSchemas(renamed);
        Consumer<Schema> retarget = s -> {
            if ((REF + from).equals(s.getRef())) {
                s.setRef(REF + to);
            }
        };
        renamed.values().forEach(schema -> visit(schema, retarget));
        Operations.of(openAPI).forEach(entry -> {
            if (entry.operation().getRequestBody() != null) {
                visit(entry.operation().getRequestBody().getContent(), retarget);
            }
            if (entry.operation().getResponses() != null && entry.operation().getResponses().getAPIResponses() != null) {
                entry.operation().getResponses().getAPIResponses().values().forEach(r -> visit(r.getContent(), retarget));
            }
            if (entry.operation().getParameters() != null) {
                entry.operation().getParameters().forEach(p -> visit(p.getSchema(), retarget));
            }
        });
    }

    private static void visit(Content content, Consumer<Schema> action) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(media -> visit(media.getSchema(), action));
        }
    }

    /** {@code action} on {@code schema} and every schema nested in it (not following refs). */
    private static void visit(Schema schema, Consumer<Schema> action) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null) {
            action.accept(schema);
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(s -> visit(s, action));
        }
        visit(schema.getItems(), action);
        visit(schema.getAdditionalPropertiesSchema(), action);
        visit(schema.getNot(), action);
        for (List<Schema> combined : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (combined != null) {
                combined.forEach(s -> visit(s, action));
            }
        }
    }
}
