package org.acarules.definitions;

/**
 * The question is understood but the definitions here do not model the law or data it needs: answered 422, naming
 * the request field that asked for it when there is one (e.g. a year without benchmark figures: "year").
 */
public class NotModelledException extends RuntimeException {
    private final String field;

    public NotModelledException(String message) {
        this("", message);
    }

    public NotModelledException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
