package org.acarules.definitions;

/** The question is understood but the definitions here do not model the law or data it needs: answered 422. */
public class NotModelledException extends RuntimeException {
    public NotModelledException(String message) {
        super(message);
    }
}
