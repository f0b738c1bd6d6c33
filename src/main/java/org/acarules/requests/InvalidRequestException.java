package org.acarules.requests;

import java.util.List;

/** A request that is well-formed JSON but asks for something this ruleset cannot answer: answered with 400. */
public class InvalidRequestException extends RuntimeException {
    private final List<FieldError> errors;

    public InvalidRequestException(List<FieldError> errors) {
        super(errors.toString());
        this.errors = List.copyOf(errors);
    }

    public InvalidRequestException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
