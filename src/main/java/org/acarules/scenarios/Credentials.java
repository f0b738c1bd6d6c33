package org.acarules.scenarios;

/**
 * The caller's credentials as one request header, passed on so that each evaluation a scenario run makes through the
 * REST API is made as the caller: {@code Authorization} for Basic and bearer callers, {@code Cookie} for a workbench
 * session (form sign-in). Null where a run has no caller (the command line).
 */
public record Credentials(String header, String value) {
    public static Credentials authorization(String value) {
        return value == null ? null : new Credentials("Authorization", value);
    }
}
