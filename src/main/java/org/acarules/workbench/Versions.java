package org.acarules.workbench;

import org.acarules.rulesets.RulesetService;

/** The version a page shows: the one in its address, or the active one. */
final class Versions {
    private Versions() {
    }

    static String orActive(String version, RulesetService rulesets) {
        return version == null || version.isBlank() || version.equals("active") ? active(rulesets) : version;
    }

    static String active(RulesetService rulesets) {
        return rulesets.served().version();
    }

    /** The first 12 characters of a version (a SHA-256), as the pages show it. */
    static String brief(String version) {
        return version == null || version.length() <= 12 ? version : version.substring(0, 12);
    }
}
