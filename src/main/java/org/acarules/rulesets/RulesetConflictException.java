package org.acarules.rulesets;

/** The request is understood but refused in the ruleset's current state (e.g. activating a version that does not compile). */
public class RulesetConflictException extends RuntimeException {
    public RulesetConflictException(String message) {
        super(message);
    }
}
