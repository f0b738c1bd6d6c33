package org.acarules.api.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.acarules.scenarios.ScenarioCase;
import org.acarules.scenarios.ScenarioFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document is the contract: requests the project shows (scenario cases in tests/, the READMEs' curl
 * bodies) validate against the served document, every example the document offers (what Swagger UI's "Try it out"
 * sends) is accepted by the service, and the document declares both ways to sign in and the error answers.
 * Real service, signed in as admin, in an application instance and database of its own (the examples activate,
 * store applicants and plans).
 */
@QuarkusTest
@TestProfile(OpenApiContractTest.Profile.class)
class OpenApiContractTest {
    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            if (System.getenv("ACA_TEST_JDBC_URL") != null) {
                return Map.of("aca.contract.profile", "true");
            }
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:mem:aca-contract;DB_CLOSE_DELAY=-1");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final String ADMIN = "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));
    /** Request bodies an example cannot be given for in a JSON document: a zip of the ruleset's folders. */
    private static final Set<String> BINARY = Set.of("application/zip", "application/octet-stream");

    private static final List<String> SETUP_FIRST = List.of("POST /api/v1/applicants", "POST /api/v1/rating-areas/import",
            "POST /api/v1/plans/import");

    @TestHTTPResource("/")
    URL base;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private ContractDocument contract;

    @BeforeEach
    void readDocument() throws Exception {
        String document = send("GET", "/q/openapi?format=json", null, null, null).body();
        // kept for reading when a check fails: the document as served, not as the source suggests
        java.nio.file.Files.writeString(Path.of("target/openapi-contract.json"), document);
        contract = new ContractDocument(JSON.readTree(document));
    }

    @Test
    void everyScenarioRequestValidates() {
        List<ScenarioCase> cases = ScenarioFiles.load(Path.of("tests"));
        List<String> failures = new ArrayList<>();
        int validated = 0;
        int refusedByService = 0;
        int refusedBySchemaToo = 0;
        for (ScenarioCase c : cases) {
            Optional<ContractDocument.Operation> operation = contract.find(c.method(), c.path());
            if (operation.isEmpty()) {
                failures.add(c.id() + ": " + c.method() + " " + c.path() + " is not in the document");
                continue;
            }
            List<String> problems = new ArrayList<>(contract.problemsWithQuery(operation.get(), c.path()));
            if (c.request() != null) {
                problems.addAll(contract.problemsWithBody(operation.get(), JSON.valueToTree(c.request())));
            }
            if (c.expectStatus() == 400) {
                // Bad input on purpose: the schema need not refuse it (a duplicate id, a year not modelled), and
                // need not accept it either. Counted, to see how much of the validation the schema carries.
                refusedByService++;
                refusedBySchemaToo += problems.isEmpty() ? 0 : 1;
                continue;
            }
            validated++;
            if (!problems.isEmpty()) {
                failures.add(c.id() + " (" + c.file() + ", " + operation.get().key() + "): " + problems);
            }
        }
        System.out.printf("OpenApiContractTest: %d scenario requests validated; of %d the service refuses (400), the"
                + " schema refuses %d%n", validated, refusedByService, refusedBySchemaToo);
        assertTrue(validated > 300, "expected the scenario cases of tests/, found " + validated);
        assertTrue(failures.isEmpty(), failures.size() + " scenario requests do not validate:\n" + String.join("\n", failures));
    }

    @Test
    void everyReadmeRequestValidates() throws Exception {
        List<ReadmeRequests.Request> requests = ReadmeRequests.all(Path.of(""));
        List<String> failures = new ArrayList<>();
        for (ReadmeRequests.Request request : requests) {
            Optional<ContractDocument.Operation> operation = contract.find(request.method(), request.path());
            if (operation.isEmpty()) {
                failures.add(request.file() + ": " + request.method() + " " + request.path() + " is not in the document");
                continue;
            }
            JsonNode body;
            try {
                body = JSON.readTree(request.body());
            } catch (com.fasterxml.jackson.core.JsonProcessingException notJson) {
                failures.add(request.file() + ": " + operation.get().key() + ": the body is not JSON: " + notJson.getOriginalMessage());
                continue;
            }
            List<String> problems = contract.problemsWithBody(operation.get(), body);
            if (!problems.isEmpty()) {
                failures.add(request.file() + ": " + operation.get().key() + ": " + problems);
            }
        }
        System.out.printf("OpenApiContractTest: %d README requests validated%n", requests.size());
        assertTrue(requests.size() >= 10, "expected the READMEs' curl examples, found " + requests.size());
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /**
     * Swagger UI's "Try it out" sends the operation's example: each one must validate against its own schema and be
     * answered without a 400, a 413, a 415 or a 5xx (a 409 or 422 is the service judging the law or the ruleset's
     * state, not the request's shape). Path parameters get the values a caller would have: the active ruleset version,
     * the applicant the applicants example stored.
     */
    @Test
    void everyExampleIsAcceptedByTheService() throws Exception {
        List<ContractDocument.Operation> withBody = contract.operations().stream()
                .filter(o -> o.requestBody().size() > 0)
                // as a caller would: first the data the others read (the applicant they name, the catalogue's rating
                // areas and plans for the benchmark of the households examples), then the rest in document order
                .sorted(Comparator.comparing(o -> SETUP_FIRST.contains(o.key()) ? SETUP_FIRST.indexOf(o.key()) : SETUP_FIRST.size()))
                .toList();
        Map<String, String> pathValues = new TreeMap<>();
        pathValues.put("version", activeVersion());
        List<String> failures = new ArrayList<>();
        Map<String, Integer> answers = new TreeMap<>();
        int posted = 0;
        for (ContractDocument.Operation operation : withBody) {
            for (var media : (Iterable<Map.Entry<String, JsonNode>>) operation.requestBody()::fields) {
                String type = media.getKey();
                if (BINARY.contains(type)) {
                    continue;
                }
                JsonNode example = media.getValue().path("example");
                if (example.isMissingNode()) {
                    failures.add(operation.key() + " " + type + ": no example");
                    continue;
                }
                String body = example.isTextual() ? example.asText() : JSON.writeValueAsString(example);
                if (type.equals("application/json")) {
                    List<String> problems = contract.problemsWithBody(operation, example);
                    if (!problems.isEmpty()) {
                        failures.add(operation.key() + ": its example does not validate: " + problems);
                    }
                }
                String path = concrete(operation.path(), pathValues);
                if (path == null) {
                    failures.add(operation.key() + ": no value for its path parameters (was the applicants example stored?)");
                    continue;
                }
                HttpResponse<String> answer = send(operation.method(), path, type, body, ADMIN);
                posted++;
                answers.put(operation.key() + " " + type, answer.statusCode());
                int status = answer.statusCode();
                if (status == 400 || status == 413 || status == 415 || status >= 500) {
                    failures.add(operation.key() + " " + type + ": example answered " + status + " " + answer.body());
                }
                if (operation.key().equals("POST /api/v1/applicants") && type.equals("application/json") && status / 100 == 2) {
                    pathValues.put("id", JSON.readTree(answer.body()).path("applicants").path(0).path("id").asText());
                }
            }
        }
        System.out.printf("OpenApiContractTest: %d examples posted: %s%n", posted, answers);
        assertTrue(posted >= 20, "expected an example for every operation with a body, posted " + posted);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void documentDeclaresBasicAndBearerSignInAndTheErrorAnswers() throws Exception {
        JsonNode schemes = contract.document.path("components").path("securitySchemes");
        assertEquals("http", schemes.path("basicAuth").path("type").asText());
        assertEquals("basic", schemes.path("basicAuth").path("scheme").asText());
        assertEquals("http", schemes.path("jwt").path("type").asText());
        assertEquals("bearer", schemes.path("jwt").path("scheme").asText());
        assertEquals("JWT", schemes.path("jwt").path("bearerFormat").asText());
        List<String> failures = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int operations = 0;
        for (ContractDocument.Operation operation : contract.operations()) {
            if (!operation.path().startsWith("/api/")) {
                continue;
            }
            operations++;
            if (!ids.add(operation.id()) || operation.id().isBlank()) {
                failures.add(operation.key() + ": operation id '" + operation.id() + "' missing or repeated");
            }
            Set<String> offered = new HashSet<>();
            operation.node().path("security").forEach(requirement -> requirement.fieldNames().forEachRemaining(offered::add));
            if (!offered.equals(Set.of("basicAuth", "jwt"))) {
                failures.add(operation.key() + ": sign-in offered " + offered);
            }
            for (String signIn : List.of("401", "403")) { // the sign-in check answers these with an empty body
                JsonNode response = operation.node().path("responses").path(signIn);
                if (response.path("description").asText().isBlank() || response.has("content")) {
                    failures.add(operation.key() + ": no " + signIn + " answer with a description and no body");
                }
            }
            List<String> statuses = new ArrayList<>(List.of("400", "500"));
            if (operation.requestBody().size() > 0) {
                statuses.add("413");
            }
            if (ErrorAnswers.CONFLICTING.contains(operation.key())) {
                statuses.add("409");
            }
            if (ErrorAnswers.EVALUATING.contains(operation.key())) {
                statuses.add("422");
            }
            for (String status : statuses) {
                JsonNode response = operation.node().path("responses").path(status);
                if (!response.path("content").path("application/json").path("schema").path("$ref").asText()
                        .equals("#/components/schemas/Error") || response.path("description").asText().isBlank()) {
                    failures.add(operation.key() + ": no " + status + " answer with the error schema and a description");
                }
            }
        }
        assertTrue(operations >= 40, "expected the API's operations, found " + operations);
        assertTrue(ErrorAnswers.CONFLICTING.stream().allMatch(k -> contract.find(k.split(" ")[0], k.split(" ")[1]).isPresent())
                && ErrorAnswers.EVALUATING.stream().allMatch(k -> contract.find(k.split(" ")[0], k.split(" ")[1]).isPresent()),
                "every operation in ErrorAnswers' tables is in the document");
        // The error schema describes what the service really answers.
        HttpResponse<String> refused = send("POST", "/api/v1/eligibility", "application/json",
                "{\"year\": \"x\", \"place\": {\"state\": \"TX\"}}", ADMIN);
        assertEquals(400, refused.statusCode());
        failures.addAll(contract.problems(JSON.readTree("{\"$ref\": \"#/components/schemas/Error\"}"), JSON.readTree(refused.body())));
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /** Every field of a request body says what it is (openapi/field-descriptions.properties, or @Schema). */
    @Test
    void everyRequestFieldIsDescribed() {
        JsonNode schemas = contract.document.path("components").path("schemas");
        Set<String> reached = new java.util.TreeSet<>();
        contract.operations().forEach(o -> o.requestBody().path("application/json").findValues("$ref")
                .forEach(ref -> reach(ref.asText(), schemas, reached)));
        List<String> undescribed = new ArrayList<>();
        for (String name : reached) {
            schemas.path(name).path("properties").fields().forEachRemaining(p -> {
                if (p.getValue().path("description").asText().isBlank()) {
                    undescribed.add(name + "." + p.getKey());
                }
            });
        }
        assertTrue(reached.size() > 30, "expected the request schemas, found " + reached);
        assertTrue(undescribed.isEmpty(), "request fields without a description (add them to"
                + " src/main/resources/openapi/field-descriptions.properties): " + undescribed);
    }

    private static void reach(String ref, JsonNode schemas, Set<String> reached) {
        String name = ref.replace("#/components/schemas/", "");
        if (reached.add(name)) {
            schemas.path(name).findValues("$ref").forEach(next -> reach(next.asText(), schemas, reached));
        }
    }

    private String activeVersion() throws Exception {
        JsonNode versions = JSON.readTree(send("GET", "/api/v1/rulesets", null, null, ADMIN).body());
        for (JsonNode version : versions) {
            if (version.path("active").asBoolean()) {
                return version.path("version").asText();
            }
        }
        throw new AssertionError("no active ruleset version in " + versions);
    }

    private static String concrete(String path, Map<String, String> values) {
        String concrete = path;
        for (Map.Entry<String, String> value : values.entrySet()) {
            concrete = concrete.replace("{" + value.getKey() + "}", value.getValue());
        }
        return concrete.contains("{") ? null : concrete;
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body, String authorization)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                .timeout(Duration.ofSeconds(120))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
