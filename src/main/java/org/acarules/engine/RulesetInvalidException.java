package org.acarules.engine;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A ruleset that does not compile: every rule error with file and line, every parameter error with file and key. */
public class RulesetInvalidException extends RuntimeException {
    private final transient CompilationResult result;

    public RulesetInvalidException(CompilationResult result) {
        super("ruleset " + result.version() + " does not compile:\n" + Stream.concat(
                result.errors().stream().map(RuleMessage::toString),
                result.parameterErrors().stream().map(e -> "ERROR " + e.getMessage()))
                .collect(Collectors.joining("\n")));
        this.result = result;
    }

    public List<RuleMessage> errors() {
        return result.errors();
    }

    public CompilationResult result() {
        return result;
    }
}
