package org.acarules.rulesets;

import java.util.List;

/**
 * The outcome of an activation, rollback or reload: which version now serves, and which did before. With several
 * instances on PostgreSQL, the activation was recorded once every live instance held the version compiled;
 * {@code instancesNotPrepared} names those that had not within the prepare timeout (they follow late and report
 * not-ready meanwhile). Empty on a single instance.
 */
public record ActivationReport(String action, String version, String previousVersion, boolean forced, String reason,
        List<String> instancesNotPrepared) {
}
