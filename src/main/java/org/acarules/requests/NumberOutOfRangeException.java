package org.acarules.requests;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A JSON number the service does not compute with (too large, too many decimals, not whole): its problem in words. */
public class NumberOutOfRangeException extends MismatchedInputException {
    private final String problem;

    NumberOutOfRangeException(JsonParser parser, String problem, Class<?> type) {
        super(parser, problem, type);
        this.problem = problem;
    }

    public String problem() {
        return problem;
    }
}
