package org.acarules.requests;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A JSON value the service refuses as it is read (a number out of range, a text with a NUL): its problem in words. */
public class RefusedValueException extends MismatchedInputException {
    private final String problem;

    RefusedValueException(JsonParser parser, String problem, Class<?> type) {
        super(parser, problem, type);
        this.problem = problem;
    }

    public String problem() {
        return problem;
    }
}
