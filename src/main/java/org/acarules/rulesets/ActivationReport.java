package org.acarules.rulesets;

/** The outcome of an activation, rollback or reload: which version now serves, and which did before. */
public record ActivationReport(String action, String version, String previousVersion, boolean forced, String reason) {
}
