package org.acarules.engine;

import java.util.List;

/** One rule firing: the rule and the people whose facts it matched (empty for a household-level rule). */
public record FiredRule(RuleInfo rule, List<String> personIds) {
}
