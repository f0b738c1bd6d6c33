package org.acarules.engine;

import jakarta.enterprise.context.RequestScoped;

/**
 * A request's choice of a stored ruleset version other than the active one (an analyst's X-Ruleset-Version
 * header, a scenario run or a what-if comparison). Empty for ordinary requests.
 */
@RequestScoped
public class RulesetPin {
    /** The request header that names the version. */
    public static final String HEADER = "X-Ruleset-Version";

    private Ruleset ruleset;

    public Ruleset get() {
        return ruleset;
    }

    public void set(Ruleset ruleset) {
        this.ruleset = ruleset;
    }
}
