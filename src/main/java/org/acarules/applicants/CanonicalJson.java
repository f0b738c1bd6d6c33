package org.acarules.applicants;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.acarules.eligibility.EligibilityRequest;

/**
 * JSON as stored: the application's mapper (snake_case, unknown fields refused) with nulls left out and
 * properties sorted, so one request always gives the same text and the same hash. Decimals are read as
 * BigDecimal so comparing two answers never goes through floating point.
 */
@ApplicationScoped
public class CanonicalJson {
    private final ObjectMapper mapper;

    @Inject
    public CanonicalJson(ObjectMapper application) {
        this.mapper = application.copy()
                .setSerializationInclusion(JsonInclude.Include.NON_NULL)
                .configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true)
                .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
                .configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true);
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public EligibilityRequest request(String json) {
        try {
            return mapper.readValue(json, EligibilityRequest.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("stored request is not readable", e);
        }
    }

    public AnswerSummary summary(String json) {
        try {
            return mapper.readValue(json, AnswerSummary.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("stored answer summary is not readable", e);
        }
    }

    public JsonNode tree(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("stored JSON is not readable", e);
        }
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
