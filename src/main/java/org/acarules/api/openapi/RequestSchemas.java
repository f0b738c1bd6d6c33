package org.acarules.api.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Makes the schemas of request bodies say what the service enforces beyond what Bean Validation already gives the
 * scanner (required fields, ranges, list sizes, enums):
 * <ul>
 * <li>no other properties ({@code quarkus.jackson.fail-on-unknown-properties=true}: an unknown field is a 400);</li>
 * <li>years from 2014, the first year of the ACA's marketplaces (the upper end is the active ruleset's last year,
 * a 400 beyond it, so it is described, not fixed here);</li>
 * <li>a place's state as two capital letters;</li>
 * <li>a parameter override's value is any JSON value (the scanner described Jackson's JsonNode class);</li>
 * <li>a one-line description per field from {@code openapi/field-descriptions.properties}: by
 * {@code Schema.property} first, then by property name, for every field without one.</li>
 * </ul>
 */
final class RequestSchemas {
    private static final String REF = "#/components/schemas/";
    private static final String ANY_JSON = "JsonNode";
    private static final BigDecimal FIRST_YEAR = new BigDecimal(2014);
    private static final Set<String> YEARS = Set.of("year", "plan_year");

    private RequestSchemas() {
    }

    static void tighten(OpenAPI openAPI, Operations operations) {
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        if (components == null) {
            return;
        }
        if (components.containsKey(ANY_JSON)) {
            openAPI.getComponents().addSchema(ANY_JSON, OASFactory.createSchema()
                    .description("Any JSON value: a number, text, boolean, list or object"));
            openAPI.getComponents().removeSchema("JsonNodeType");
        }
        Properties descriptions = descriptions();
        Set<String> visited = new HashSet<>();
        operations.forEach(entry -> {
            if (entry.hasBody()) {
                entry.operation().getRequestBody().getContent().getMediaTypes().forEach((type, media) -> {
                    if (type.contains("json") && media.getSchema() != null) {
                        tighten(media.getSchema(), null, components, descriptions, visited);
                    }
                });
            }
        });
    }

    private static void tighten(Schema schema, String name, Map<String, Schema> components, Properties descriptions,
            Set<String> visited) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null) {
            String target = schema.getRef().substring(REF.length());
            if (visited.add(target) && !ANY_JSON.equals(target)) {
                tighten(components.get(target), target, components, descriptions, visited);
            }
            return;
        }
        Map<String, Schema> properties = schema.getProperties();
        if (properties != null && !properties.isEmpty()) {
            if (schema.getAdditionalPropertiesSchema() == null && schema.getAdditionalPropertiesBoolean() == null) {
                schema.setAdditionalPropertiesBoolean(false);
            }
            properties.forEach((property, value) -> {
                describe(value, name, property, descriptions);
                if (YEARS.contains(property) && isInteger(value) && value.getMinimum() == null) {
                    value.setMinimum(FIRST_YEAR);
                    value.setExamples(List.of(2026));
                }
                if ("state".equals(property) && name != null && name.endsWith("Place")) {
                    value.setPattern("^[A-Z]{2}$");
                    value.setExamples(List.of("TX"));
                }
                tighten(value, null, components, descriptions, visited);
            });
        }
        tighten(schema.getItems(), null, components, descriptions, visited);
        tighten(schema.getAdditionalPropertiesSchema(), null, components, descriptions, visited);
        for (List<Schema> combined : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (combined != null) {
                combined.forEach(s -> tighten(s, null, components, descriptions, visited));
            }
        }
    }

    private static boolean isInteger(Schema schema) {
        return schema.getType() != null && schema.getType().contains(Schema.SchemaType.INTEGER);
    }

    private static void describe(Schema property, String schemaName, String name, Properties descriptions) {
        if (property.getDescription() != null) {
            return;
        }
        String description = schemaName == null ? null : descriptions.getProperty(schemaName + "." + name);
        if (description == null) {
            description = descriptions.getProperty(name);
        }
        if (description != null) {
            property.setDescription(description);
        }
    }

    private static Properties descriptions() {
        Properties descriptions = new Properties();
        try (InputStream in = RequestSchemas.class.getClassLoader().getResourceAsStream("openapi/field-descriptions.properties")) {
            if (in != null) {
                descriptions.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return descriptions;
    }
}
