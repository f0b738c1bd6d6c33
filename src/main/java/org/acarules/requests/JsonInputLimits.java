package org.acarules.requests;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * What a JSON body may hold, set once on the application's mapper (every resource, the parameter overrides, the
 * NDJSON and CSV imports and the stored requests read through it or a copy of it). A body beyond a limit is a 400
 * saying which limit, in words (see {@link JsonFieldErrors}); the limits are listed in the package README.
 */
@Singleton
public class JsonInputLimits implements ObjectMapperCustomizer {
    /** Objects and arrays inside each other; requests nest about 6 deep. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** Characters of one number: 15 digits before the point, 20 after, sign and exponent fit easily. */
    public static final int MAX_NUMBER_LENGTH = 100;
    /**
     * Characters of one text value: as long as a body may be. A ruleset draft's file is a text value, and a draft
     * beyond aca.rulesets.max-upload-bytes must get its own 413 naming that setting, not a 400 from here.
     */
    public static final int MAX_STRING_LENGTH = 64 * 1024 * 1024;
    /** Characters of one field name (parameter ids and scenario file names are far shorter). */
    public static final int MAX_NAME_LENGTH = 1000;
    /** Bytes of one JSON document: the HTTP body limit (quarkus.http.limits.max-body-size). */
    public static final long MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNameLength(MAX_NAME_LENGTH)
                .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                .build());
        // {"seed": null, "seed": 42}: which one did the caller mean? Refused, naming the key, never guessed.
        mapper.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        mapper.registerModule(new BoundedNumbers());
        mapper.registerModule(new TextWithoutNul());
    }
}
