package org.acarules.engine;

import java.util.List;
import org.acarules.definitions.DefinitionException;

/**
 * What compiling a ruleset found: the ruleset when it compiled, otherwise null; every rule error and warning
 * (file, line, column) and every parameter-file error (file, key).
 */
public record CompilationResult(String version, Ruleset ruleset, List<RuleMessage> errors, List<RuleMessage> warnings,
        List<DefinitionException> parameterErrors) {

    public boolean compiles() {
        return ruleset != null;
    }

    public RulesetInvalidException failure() {
        return new RulesetInvalidException(this);
    }
}
