package org.acarules.rulesets;

import java.util.List;
import org.acarules.engine.RuleInfo;
import org.acarules.engine.RuleSource;

/** One rule as analysts navigate it: from a reason's id to the rule's file, and to the parameters it reads. */
public record RuleEntry(String id, String text, String citation, String file, List<String> parameters) {
    static RuleEntry of(RuleInfo info, RuleSource source) {
        return new RuleEntry(info.id(), info.text(), info.citation(), source == null ? null : source.file(),
                source == null ? List.of() : source.parameters());
    }
}
