package org.acarules.requests;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One problem with a request: the JSON path of the field (snake_case, with list indexes), what is wrong,
 * and for errors a client may act on by program, a stable code (e.g. unknown_county).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldError(String field, String message, String code) {
    public FieldError(String field, String message) {
        this(field, message, null);
    }
}
