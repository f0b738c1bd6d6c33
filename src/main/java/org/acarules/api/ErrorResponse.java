package org.acarules.api;

import org.acarules.requests.FieldError;
import java.util.List;

/** The body of every 4xx/5xx answer: what is wrong, field by field. */
public record ErrorResponse(List<FieldError> errors) {
    public static ErrorResponse of(String field, String message) {
        return new ErrorResponse(List.of(new FieldError(field, message)));
    }
}
