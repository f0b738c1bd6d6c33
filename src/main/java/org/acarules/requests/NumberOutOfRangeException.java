package org.acarules.requests;

import com.fasterxml.jackson.core.JsonParser;

/** A JSON number the service does not compute with (too large, too many decimals, not whole): its problem in words. */
public class NumberOutOfRangeException extends RefusedValueException {
    NumberOutOfRangeException(JsonParser parser, String problem, Class<?> type) {
        super(parser, problem, type);
    }
}
