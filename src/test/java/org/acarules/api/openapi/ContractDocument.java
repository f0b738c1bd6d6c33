package org.acarules.api.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The served OpenAPI document, read as a validator: finds the operation for a method and a concrete path, and checks
 * a body (or query parameters) against that operation's schemas. OpenAPI 3.1 schemas are JSON Schema 2020-12; each
 * is validated with the document's components beside it, so their {@code #/components/schemas/...} refs resolve.
 */
final class ContractDocument {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    final JsonNode document;
    private final Map<JsonNode, JsonSchema> validators = new java.util.IdentityHashMap<>();

    ContractDocument(JsonNode document) {
        this.document = document;
    }

    /** One operation of the document. */
    record Operation(String method, String path, JsonNode node) {
        String id() {
            return node.path("operationId").asText();
        }

        String key() {
            return method + " " + path;
        }

        JsonNode requestBody() {
            return node.path("requestBody").path("content");
        }
    }

    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fields().forEachRemaining(method -> {
                if (List.of("get", "put", "post", "delete", "patch").contains(method.getKey())) {
                    operations.add(new Operation(method.getKey().toUpperCase(Locale.ROOT), path.getKey(), method.getValue()));
                }
            });
        }
        return operations;
    }

    /** The operation answering {@code method} on a concrete path ({@code /api/v1/rulesets/abc/activate}). */
    Optional<Operation> find(String method, String concretePath) {
        String path = concretePath.replaceFirst("\\?.*", "");
        return operations().stream().filter(o -> o.method().equals(method))
                .filter(o -> path.matches(o.path().replaceAll("\\{[^}]+}", "[^/]+"))).findFirst();
    }

    /** What the operation's JSON request schema finds wrong with {@code body}; empty when it is valid. */
    List<String> problemsWithBody(Operation operation, JsonNode body) {
        JsonNode schema = operation.requestBody().path("application/json").path("schema");
        if (schema.isMissingNode()) {
            return List.of(operation.key() + " takes no JSON body");
        }
        return problems(schema, body);
    }

    /** What the operation's query parameters find wrong with the query of {@code concretePath}. */
    List<String> problemsWithQuery(Operation operation, String concretePath) {
        List<String> problems = new ArrayList<>();
        int question = concretePath.indexOf('?');
        if (question < 0) {
            return problems;
        }
        for (String pair : concretePath.substring(question + 1).split("&")) {
            String name = pair.replaceFirst("=.*", "");
            String value = pair.contains("=") ? java.net.URLDecoder.decode(pair.substring(pair.indexOf('=') + 1),
                    java.nio.charset.StandardCharsets.UTF_8) : "";
            JsonNode parameter = null;
            for (JsonNode p : operation.node().path("parameters")) {
                if (p.path("in").asText().equals("query") && p.path("name").asText().equals(name)) {
                    parameter = p;
                }
            }
            if (parameter == null) {
                problems.add("query parameter '" + name + "' is not declared");
                continue;
            }
            problems.addAll(problems(parameter.path("schema"), typed(value, parameter.path("schema"))));
        }
        return problems;
    }

    /** A query text as the JSON value its schema's type reads it as (an unreadable number stays text, and fails). */
    private static JsonNode typed(String value, JsonNode schema) {
        String type = schema.path("type").isArray() ? schema.path("type").get(0).asText() : schema.path("type").asText();
        try {
            return switch (type) {
                case "integer" -> NODES.numberNode(new BigDecimal(value).toBigIntegerExact());
                case "number" -> NODES.numberNode(new BigDecimal(value));
                case "boolean" -> value.equals("true") || value.equals("false") ? NODES.booleanNode(Boolean.parseBoolean(value))
                        : NODES.textNode(value);
                default -> NODES.textNode(value);
            };
        } catch (ArithmeticException | NumberFormatException e) {
            return NODES.textNode(value);
        }
    }

    /** What {@code schema} (a schema of this document) finds wrong with {@code value}. */
    List<String> problems(JsonNode schema, JsonNode value) {
        JsonSchema validator = validators.computeIfAbsent(schema, s -> {
            ObjectNode standalone = NODES.objectNode();
            standalone.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            standalone.set("components", document.path("components"));
            standalone.putArray("allOf").add(s);
            return SCHEMAS.getSchema(standalone);
        });
        return validator.validate(value).stream().map(ValidationMessage::getMessage).sorted().toList();
    }
}
