package org.acarules.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Drives every operation of the OpenAPI document with bodies generated from its schema and then broken on purpose
 * (fields dropped, nulled, of the wrong type, numbers out of range, NaN, a key given twice, nesting 10,000 deep, a list
 * of 100,000 elements, invalid UTF-8, the wrong content type, no body, random path and query parameters), signed in
 * as admin. Fails on any 5xx and on any answer that names internals (Java or library classes, exceptions).
 *
 * <p>Seeded: {@code -Dfuzz.seed} (default 13, printed), {@code -Dfuzz.perOperation} requests per operation with a
 * body (default 15: each kind of damage once), {@code -Dfuzz.seconds} the time budget of the whole run (default 90): what was not sent by then
 * is not sent, and the summary says how many were.
 */
@QuarkusTest
@TestProfile(ApiFuzzTest.Profile.class)
class ApiFuzzTest {
    /** Its own application instance and, on H2, its own database: activations, reloads and deletes stay here. */
    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            if (System.getenv("ACA_TEST_JDBC_URL") != null) {
                return Map.of("aca.fuzz.profile", "true");
            }
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:mem:aca-fuzz;DB_CLOSE_DELAY=-1");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String RAW = "@@raw@@";
    private static final String AUTH = "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));
    private static final List<String> NUMBERS = List.of("1e999999999", "1E+2147483647", "9223372036854775808",
            "-9223372036854775809", "1" + "0".repeat(40), "-0", "1e-999999999", "1e9999999999", "2.5", "0", "-1");
    private static final List<String> PATH_VALUES = List.of("1", "0", "-1", "abc", "99999999999999999999", "%00",
            "v0", "..%2F..", "x".repeat(300), "%C3%28", "1e999");
    private static final List<String> QUERY_VALUES = List.of("", "x", "-1", "0", "1e999999999", "99999999999999999999",
            "2026", "TX", "true", "%00", "%FF");

    @TestHTTPResource("/")
    URL base;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<Integer, Integer> byStatus = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private int sent;
    private int serverErrors;
    private int leaks;

    record Operation(String method, String path, JsonNode operation, String contentType, JsonNode schema) {
    }

    private record Request(String label, String contentType, byte[] body) {
    }

    @Test
    void noRequestGetsA5xxOrAnAnswerNamingInternals() throws Exception {
        long seed = Long.getLong("fuzz.seed", 13L);
        int perOperation = Integer.getInteger("fuzz.perOperation", 15);
        long deadline = System.nanoTime() + Duration.ofSeconds(Long.getLong("fuzz.seconds", 90L)).toNanos();
        System.out.println("ApiFuzzTest seed " + seed + " (-Dfuzz.seed=" + seed + " repeats this run)");
        Random random = new Random(seed);
        JsonNode document = JSON.readTree(send("GET", "/q/openapi?format=json", null, null).body());
        List<Operation> operations = operations(document);
        int operationsRun = 0;
        for (Operation operation : operations) {
            if (System.nanoTime() > deadline) {
                break;
            }
            operationsRun++;
            int count = operation.contentType() == null ? 3 : perOperation;
            for (int i = 0; i < count && System.nanoTime() < deadline; i++) {
                String path = path(operation, random) + query(operation, random);
                Request request = operation.contentType() == null ? new Request("no body", null, null)
                        : mutate(operation, document, i, random);
                check(operation, path, request);
            }
        }
        System.out.printf("ApiFuzzTest: %d operations of %d, %d requests, seed %d%n", operationsRun, operations.size(), sent, seed);
        System.out.println("| status | requests |\n| --- | --- |");
        byStatus.forEach((status, n) -> System.out.printf("| %d | %d |%n", status, n));
        System.out.printf("5xx: %d, answers naming internals: %d%n", serverErrors, leaks);
        failures.stream().limit(30).forEach(f -> System.out.println("FAIL " + f));
        assertTrue(operationsRun == operations.size(), "time budget ran out after " + operationsRun + " operations");
        assertTrue(failures.isEmpty(), failures.size() + " failures, first: " + failures.stream().limit(5).toList());
    }

    private void check(Operation operation, String path, Request request) throws Exception {
        HttpResponse<String> response = send(operation.method(), path, request.contentType(), request.body());
        sent++;
        byStatus.merge(response.statusCode(), 1, Integer::sum);
        String where = operation.method() + " " + path + " [" + request.label() + "] -> " + response.statusCode() + " "
                + abbreviate(response.body());
        if (response.statusCode() >= 500) {
            serverErrors++;
            failures.add(where);
        } else if (BadInputTest.INTERNALS.matcher(response.body()).find()) {
            leaks++;
            failures.add(where);
        }
    }

    private HttpResponse<String> send(String method, String path, String contentType, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                .timeout(Duration.ofSeconds(60)).header("Authorization", AUTH)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Every path and method of the document, with the body's media type and schema when it takes one. */
    static List<Operation> operations(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext();) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (!List.of("get", "post", "put", "delete", "patch").contains(method.getKey())) {
                    continue;
                }
                JsonNode content = method.getValue().path("requestBody").path("content");
                String contentType = content.has("application/json") ? "application/json"
                        : content.fieldNames().hasNext() ? content.fieldNames().next() : null;
                JsonNode schema = contentType == null ? null : content.path(contentType).path("schema");
                operations.add(new Operation(method.getKey().toUpperCase(java.util.Locale.ROOT), path.getKey(),
                        method.getValue(), contentType, schema));
            }
        }
        return operations;
    }

    private static String path(Operation operation, Random random) {
        String path = operation.path();
        while (path.contains("{")) {
            int open = path.indexOf('{');
            path = path.substring(0, open) + PATH_VALUES.get(random.nextInt(PATH_VALUES.size()))
                    + path.substring(path.indexOf('}', open) + 1);
        }
        return path;
    }

    private static String query(Operation operation, Random random) {
        StringBuilder query = new StringBuilder();
        for (JsonNode parameter : operation.operation().path("parameters")) {
            if ("query".equals(parameter.path("in").asText()) && random.nextInt(3) > 0) {
                String value = QUERY_VALUES.get(random.nextInt(QUERY_VALUES.size()));
                query.append(query.length() == 0 ? '?' : '&').append(parameter.path("name").asText()).append('=')
                        .append(value.startsWith("%") ? value : URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        return query.toString();
    }

    /** Request {@code i} of an operation: the generated body first, then each kind of damage in turn. */
    private static Request mutate(Operation operation, JsonNode document, int i, Random random) throws Exception {
        String type = operation.contentType();
        if (!type.contains("json")) {
            List<byte[]> junk = List.of(new byte[0], "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1},
                    "{\"x\": 1}\n".getBytes(StandardCharsets.UTF_8), "PK\u0003\u0004garbage".getBytes(StandardCharsets.ISO_8859_1));
            return new Request("junk " + type, random.nextInt(4) == 0 ? "application/json" : type, junk.get(random.nextInt(junk.size())));
        }
        JsonNode body = generate(operation.schema(), document, random, 0);
        String text = JSON.writeValueAsString(body);
        List<FieldRef> fields = fields(body);
        FieldRef field = fields.isEmpty() ? null : fields.get(random.nextInt(fields.size()));
        String raw = null;
        String label;
        switch (i % 15) {
            case 0 -> label = "generated";
            case 1 -> {
                label = "dropped " + name(field);
                if (field != null) {
                    field.parent().remove(field.name());
                }
            }
            case 2 -> {
                label = "null " + name(field);
                set(body, field, NODES.nullNode());
            }
            case 3 -> {
                JsonNode wrong = List.<JsonNode>of(NODES.textNode("x"), NODES.objectNode(), NODES.arrayNode().add(1),
                        NODES.booleanNode(true), NODES.numberNode(7)).get(random.nextInt(5));
                label = "wrong type " + name(field) + "=" + wrong;
                set(body, field, wrong);
            }
            case 4, 5 -> {
                raw = NUMBERS.get(random.nextInt(NUMBERS.size()));
                label = "number " + name(field) + "=" + abbreviate(raw);
                set(body, field, NODES.textNode(RAW));
            }
            case 6 -> {
                raw = List.of("NaN", "Infinity", "-Infinity", "1.", ".5", "01", "+1", "0x10").get(random.nextInt(8));
                label = "not a JSON number " + name(field) + "=" + raw;
                set(body, field, NODES.textNode(RAW));
            }
            case 7 -> {
                label = "duplicate key, first null";
                if (body instanceof ObjectNode object && object.size() > 0) {
                    String key = object.fieldNames().next();
                    text = "{\"" + key + "\": null, " + text.substring(1);
                }
                return new Request(label, type, (text).getBytes(StandardCharsets.UTF_8));
            }
            case 8 -> {
                raw = "[".repeat(10_000) + "]".repeat(10_000);
                label = "nested 10,000 deep at " + name(field);
                set(body, field, NODES.textNode(RAW));
            }
            case 9 -> {
                raw = "[" + "0,".repeat(99_999) + "0]";
                label = "list of 100,000 at " + name(field);
                set(body, field, NODES.textNode(RAW));
            }
            case 10 -> {
                label = "invalid UTF-8";
                byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                int quote = text.indexOf('"', 1);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(bytes, 0, Math.max(quote, 1));
                out.write(new byte[] {(byte) 0xc3, (byte) 0x28, (byte) 0xff});
                out.write(bytes, Math.max(quote, 1), bytes.length - Math.max(quote, 1));
                return new Request(label, type, out.toByteArray());
            }
            case 11 -> {
                String wrongType = List.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "text/csv")
                        .get(random.nextInt(4));
                return new Request("content type " + wrongType, wrongType, text.getBytes(StandardCharsets.UTF_8));
            }
            case 12 -> {
                return new Request("empty body", type, new byte[0]);
            }
            case 13 -> {
                int cut = random.nextInt(Math.max(text.length(), 1));
                return new Request("truncated at " + cut, type, text.substring(0, cut).getBytes(StandardCharsets.UTF_8));
            }
            default -> {
                JsonNode whole = List.<JsonNode>of(NODES.arrayNode(), NODES.textNode("x"), NODES.numberNode(1), NODES.nullNode())
                        .get(random.nextInt(4));
                return new Request("top level " + whole, type, JSON.writeValueAsBytes(whole));
            }
        }
        text = JSON.writeValueAsString(body);
        if (raw != null) {
            text = text.replace("\"" + RAW + "\"", raw);
        }
        return new Request(label, type, text.getBytes(StandardCharsets.UTF_8));
    }

    private record FieldRef(ObjectNode parent, String name) {
    }

    private static String name(FieldRef field) {
        return field == null ? "(top)" : field.name();
    }

    private static void set(JsonNode body, FieldRef field, JsonNode value) {
        if (field != null) {
            field.parent().set(field.name(), value);
        } else if (body instanceof ObjectNode object) {
            object.set("x", value);
        }
    }

    private static List<FieldRef> fields(JsonNode node) {
        List<FieldRef> fields = new ArrayList<>();
        if (node instanceof ObjectNode object) {
            object.fieldNames().forEachRemaining(name -> {
                fields.add(new FieldRef(object, name));
                fields.addAll(fields(object.get(name)));
            });
        } else if (node instanceof ArrayNode array) {
            array.forEach(element -> fields.addAll(fields(element)));
        }
        return fields;
    }

    /** A value the schema describes: every property, small numbers, the first enum value or a random one. */
    static JsonNode generate(JsonNode schema, JsonNode document, Random random, int depth) {
        if (schema == null || schema.isMissingNode() || depth > 8) {
            return NODES.nullNode();
        }
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
            return generate(document.path("components").path("schemas").path(name), document, random, depth + 1);
        }
        for (String combined : List.of("allOf", "oneOf", "anyOf")) {
            if (schema.has(combined) && schema.get(combined).size() > 0) {
                return generate(schema.get(combined).get(0), document, random, depth + 1);
            }
        }
        if (schema.has("enum") && schema.get("enum").size() > 0) {
            return schema.get("enum").get(random.nextInt(schema.get("enum").size()));
        }
        String type = schema.path("type").isArray() ? schema.path("type").get(0).asText() : schema.path("type").asText("object");
        return switch (type) {
            case "integer" -> NODES.numberNode(Math.max(schema.path("minimum").asLong(1), 1) + random.nextInt(3));
            case "number" -> NODES.numberNode(new java.math.BigDecimal(100 + random.nextInt(900) + ".25"));
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            case "string" -> NODES.textNode(switch (schema.path("format").asText()) {
                case "date" -> "2026-0" + (1 + random.nextInt(9)) + "-15";
                case "date-time" -> "2026-03-01T10:00:00Z";
                default -> List.of("TX", "x", "2026", "self", "active").get(random.nextInt(5));
            });
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                int size = Math.max(schema.path("minItems").asInt(1), 1);
                for (int i = 0; i < size; i++) {
                    array.add(generate(schema.path("items"), document, random, depth + 1));
                }
                yield array;
            }
            default -> {
                ObjectNode object = NODES.objectNode();
                schema.path("properties").fields().forEachRemaining(p -> object.set(p.getKey(),
                        generate(p.getValue(), document, random, depth + 1)));
                yield object;
            }
        };
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }
}
