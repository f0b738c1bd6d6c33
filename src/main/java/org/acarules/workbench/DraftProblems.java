package org.acarules.workbench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.acarules.engine.RuleMessage;
import org.acarules.rulesets.DraftReport;

/**
 * Every problem of a draft located at its file and line. Rule errors come located by the compiler; a parameter
 * error names its file and the key at fault, so its line is the first that holds the key in that file's text.
 */
final class DraftProblems {
    private DraftProblems() {
    }

    static List<Problem> of(DraftReport report, Map<String, byte[]> files) {
        List<Problem> problems = new ArrayList<>();
        for (RuleMessage m : report.errors()) {
            problems.add(new Problem("error", m.file(), Math.max(0, m.line()), Math.max(0, m.column()), m.message()));
        }
        for (DraftReport.ParameterError e : report.parameterErrors()) {
            String path = pathOf(e.file(), files);
            byte[] text = files.get(path);
            int line = text == null ? 0 : lineOf(new String(text, StandardCharsets.UTF_8), e.key());
            problems.add(new Problem("error", path, line, 0, (e.key() == null ? "" : e.key() + ": ") + e.message()));
        }
        for (RuleMessage m : report.warnings()) {
            problems.add(new Problem("warning", m.file(), Math.max(0, m.line()), Math.max(0, m.column()), m.message()));
        }
        return problems;
    }

    /** A parameter error's file as a path of the ruleset (it may be given relative to benefit-definitions/). */
    private static String pathOf(String file, Map<String, byte[]> files) {
        if (file == null || files.containsKey(file)) {
            return file;
        }
        return files.keySet().stream().filter(p -> p.endsWith("/" + file)).findFirst().orElse(file);
    }

    /**
     * The line of a parameter error's key: for a dated entry ("values.2016-01-01") the line of its value (the
     * "value:" line under the date, or the date's own line when the value is written on it); otherwise the first line
     * holding the key's last segment.
     */
    static int lineOf(String text, String key) {
        if (key == null) {
            return 0;
        }
        String[] segments = key.split("\\.");
        for (String segment : segments) {
            if (segment.matches("\\d{4}-\\d{2}-\\d{2}")) {
                int dateLine = RuleLines.containing(text, segment);
                String[] lines = text.split("\n", -1);
                if (dateLine > 0 && lines[dateLine - 1].strip().endsWith(":")) {
                    for (int i = dateLine; i < lines.length && lines[i].startsWith(" ".repeat(indent(lines[dateLine - 1]) + 1)); i++) {
                        if (lines[i].strip().startsWith("value:")) {
                            return i + 1;
                        }
                    }
                }
                return dateLine;
            }
        }
        return RuleLines.containing(text, segments[segments.length - 1]);
    }

    private static int indent(String line) {
        return line.length() - line.stripLeading().length();
    }
}
