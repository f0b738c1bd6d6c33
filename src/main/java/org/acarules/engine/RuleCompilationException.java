package org.acarules.engine;

import java.util.List;
import java.util.stream.Collectors;

/** The rules in a folder do not compile; every error is listed with its file and line. */
public class RuleCompilationException extends RuntimeException {
    private final List<RuleMessage> errors;

    public RuleCompilationException(List<RuleMessage> errors) {
        super("rules do not compile:\n" + errors.stream().map(RuleMessage::toString).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    public List<RuleMessage> errors() {
        return errors;
    }
}
