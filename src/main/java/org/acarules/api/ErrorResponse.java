package org.acarules.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.acarules.requests.FieldError;
import java.util.List;

/**
 * The body of every 4xx/5xx answer: what is wrong, field by field. A 500 adds the error id under which the service
 * logged the fault (the caller quotes it; the answer holds nothing else about it).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorResponse(List<FieldError> errors, String errorId) {
    public ErrorResponse(List<FieldError> errors) {
        this(errors, null);
    }

    public static ErrorResponse of(String field, String message) {
        return new ErrorResponse(List.of(new FieldError(field, message)));
    }
}
