package org.acarules.definitions;

/** A rule asked for a parameter, state or date that the benefit definitions do not cover. */
public class ParameterNotDefinedException extends RuntimeException {
    public ParameterNotDefinedException(String message) {
        super(message);
    }
}
