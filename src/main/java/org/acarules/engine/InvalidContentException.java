package org.acarules.engine;

import java.util.List;

/** A draft's files cannot form a ruleset: paths escaping the folders, an oversized or unreadable upload. */
public class InvalidContentException extends RuntimeException {
    private final List<String> problems;

    public InvalidContentException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
