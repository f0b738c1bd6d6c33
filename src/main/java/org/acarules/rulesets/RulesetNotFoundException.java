package org.acarules.rulesets;

public class RulesetNotFoundException extends RuntimeException {
    public RulesetNotFoundException(String version) {
        super("no stored ruleset version " + version);
    }
}
