package org.acarules.requests;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;

/**
 * Every text read from a JSON body refuses the NUL character (U+0000): no field has a use for it, and PostgreSQL
 * cannot store it, so a text holding one would otherwise fail deep in the service instead of at its field.
 */
final class TextWithoutNul extends SimpleModule {
    static final char NUL = 0;
    static final String PROBLEM = "must not contain the NUL character (\\u0000)";

    TextWithoutNul() {
        super("text-without-nul");
        addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser p, DeserializationContext context) throws IOException {
                String text = super.deserialize(p, context);
                if (text != null && text.indexOf(NUL) >= 0) {
                    throw new RefusedValueException(p, PROBLEM, String.class);
                }
                return text;
            }
        });
    }
}
