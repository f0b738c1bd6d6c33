package org.acarules.requests;

import java.util.Locale;

/** Field names as callers write them: the API's snake_case, from a Java property path. */
public final class FieldPaths {
    private FieldPaths() {
    }

    /** {@code household.filingStatus} -> {@code household.filing_status}. */
    public static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
