package org.acarules.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Numbers in answers as people write them: 15650, never 1.565E+4. A BigDecimal whose trailing zeros were stripped
 * (as answers compared in a what-if are) prints in scientific notation by default, which a caller's spreadsheet or
 * a person reading a comparison should not have to decode.
 */
@Singleton
public class PlainDecimals implements ObjectMapperCustomizer {
    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    }
}
