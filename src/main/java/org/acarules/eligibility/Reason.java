package org.acarules.eligibility;

import org.acarules.engine.RuleInfo;

/** Why: the rule that fired (its stable id), the law it cites, and what it says. */
public record Reason(String rule, String citation, String text) {
    static Reason of(RuleInfo info) {
        return new Reason(info.id(), info.citation(), info.text());
    }
}
