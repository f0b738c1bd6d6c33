package org.acarules.rulesets;

import java.util.List;
import org.acarules.engine.CompilationResult;
import org.acarules.engine.RuleMessage;

/** The answer to a draft: its version, whether it compiles (and so was stored), and every problem located. */
public record DraftReport(String version, boolean compiles, boolean stored, int rules, int parameters,
        List<RuleMessage> errors, List<RuleMessage> warnings, List<ParameterError> parameterErrors) {

    public record ParameterError(String file, String key, String message) {
    }

    static DraftReport of(CompilationResult result, boolean stored) {
        return new DraftReport(result.version(), result.compiles(), stored,
                result.compiles() ? result.ruleset().rules().size() : 0,
                result.compiles() ? result.ruleset().parameters().all().size() : 0,
                result.errors(), result.warnings(),
                result.parameterErrors().stream().map(e -> new ParameterError(e.file(), e.key(), e.problem())).toList());
    }
}
