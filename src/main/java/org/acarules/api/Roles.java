package org.acarules.api;

/** The roles of the service: analysts own rules, administrators put them live, clients evaluate. */
public final class Roles {
    public static final String ANALYST = "analyst";
    public static final String ADMIN = "admin";
    public static final String CLIENT = "client";

    private Roles() {
    }
}
