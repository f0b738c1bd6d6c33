package org.acarules.engine;

import java.util.Collection;
import java.util.Map;
import org.acarules.definitions.ParameterStore;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;

/**
 * One compiled, immutable ruleset: the rule base built from {@code rules/}, the parameters loaded from
 * {@code benefit-definitions/}, and the content hash of both that names it in every answer.
 */
public record Ruleset(String version, KieBase kieBase, ParameterStore parameters, Map<Rule, RuleInfo> catalogue,
        Map<String, RuleSource> sources, SessionCache sessions) {

    public Ruleset(String version, KieBase kieBase, ParameterStore parameters, Map<Rule, RuleInfo> catalogue,
            Map<String, RuleSource> sources) {
        this(version, kieBase, parameters, catalogue, sources, new SessionCache(kieBase, catalogue));
    }

    /** The same rule base with other parameters: a per-request what-if that compiles nothing (and shares the sessions). */
    public Ruleset withParameters(ParameterStore overridden) {
        return new Ruleset(version, kieBase, overridden, catalogue, sources, sessions);
    }

    public Collection<RuleInfo> rules() {
        return catalogue.values();
    }
}
