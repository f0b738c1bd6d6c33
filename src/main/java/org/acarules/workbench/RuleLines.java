package org.acarules.workbench;

import java.nio.charset.StandardCharsets;

/** Where a rule or a parameter key is written in a file's text: the 1-based line, or 0 when not found. */
final class RuleLines {
    private RuleLines() {
    }

    /** The line of {@code rule "ID ...} in a DRL file, or of the first cell naming the id in a decision table. */
    static int ofRule(byte[] file, String ruleId) {
        if (file == null) {
            return 0;
        }
        String[] lines = new String(file, StandardCharsets.UTF_8).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("rule \"" + ruleId + " ") || line.startsWith("rule \"" + ruleId + "\"")) {
                return i + 1;
            }
        }
        return firstContaining(lines, ruleId);
    }

    /** The first line holding {@code text} (a parameter error's key: a date, "values", "metadata"), or 0. */
    static int containing(String fileText, String text) {
        return fileText == null || text == null || text.isBlank() ? 0 : firstContaining(fileText.split("\n", -1), text);
    }

    private static int firstContaining(String[] lines, String text) {
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(text)) {
                return i + 1;
            }
        }
        return 0;
    }
}
