package org.acarules.api.openapi;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Attaches each operation's example body from {@code openapi/examples/<operationId>.<ext>} (JSON for
 * application/json, {@code .ndjson} for JSON Lines, {@code .csv} for CSV and plain text). Each example is kept once,
 * as a resource; OpenApiContractTest posts every one to the service, so an example the API would refuse fails the
 * build.
 */
final class RequestExamples {
    static final String FOLDER = "openapi/examples/";
    /** Media type of a request body -> extension of its example file. */
    static final Map<String, String> EXTENSIONS = Map.of("application/json", "json", "application/x-ndjson", "ndjson",
            "text/csv", "csv", "text/plain", "csv");
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private RequestExamples() {
    }

    static void attach(Operations operations) {
        operations.forEach(entry -> {
            if (!entry.hasBody()) {
                return;
            }
            entry.operation().getRequestBody().getContent().getMediaTypes().forEach((type, media) -> {
                String extension = EXTENSIONS.get(type);
                String text = extension == null ? null : read(FOLDER + entry.operation().getOperationId() + "." + extension);
                if (text != null && media.getExample() == null) {
                    media.setExample("json".equals(extension) ? parse(text, entry) : text);
                }
            });
        });
    }

    private static Object parse(String text, Operations.Entry entry) {
        try {
            return JSON.readValue(text, Object.class);
        } catch (IOException e) {
            throw new IllegalStateException("the example of " + entry.key() + " is not JSON: " + e.getMessage(), e);
        }
    }

    private static String read(String resource) {
        try (InputStream in = RequestExamples.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
