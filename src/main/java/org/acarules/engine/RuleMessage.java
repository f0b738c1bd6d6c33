package org.acarules.engine;

/** A compile error or warning in a rule file, located by file, line and column. */
public record RuleMessage(String level, String file, int line, int column, String message) {
    @Override
    public String toString() {
        return level + " " + file + ":" + line + ":" + column + " " + message;
    }
}
