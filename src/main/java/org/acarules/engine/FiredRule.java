package org.acarules.engine;

import java.util.List;

/**
 * One rule firing: the rule, the people whose facts it matched (empty for a household-level rule), and the
 * matched facts themselves (references, turned into values only for a trace).
 */
public record FiredRule(RuleInfo rule, List<String> personIds, List<Object> facts) {
}
