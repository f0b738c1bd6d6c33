package org.acarules.api;

/** One problem with a request: the JSON path of the field (snake_case, with list indexes) and what is wrong. */
public record FieldError(String field, String message) {
}
