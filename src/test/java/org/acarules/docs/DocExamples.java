package org.acarules.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shell examples of a Markdown document: every {@code ```bash} block, what the line before it says about it, and
 * the answer the document shows for it. A block runs unless the line before it is {@code <!-- not run: why -->}
 * (a synopsis with placeholders, the build itself, a benchmark); {@code <!-- answers with an HTTP error -->} says its
 * last request is meant to be refused. Its answer is the first {@code ```json} block after it, when only prose that
 * says "answer" stands between them.
 */
record DocExamples(Path document, List<Example> examples) {
    private static final Pattern NOT_RUN = Pattern.compile("<!--\\s*not run:\\s*(.*?)\\s*-->");
    private static final String REFUSED = "<!-- answers with an HTTP error -->";

    /** One block: where it starts, its script, why it is not run (null when it runs), and the answer shown (or null). */
    record Example(Path document, int line, String script, String notRun, boolean refused, String answer) {
        String where() {
            return document + ":" + line;
        }
    }

    static DocExamples read(Path document) throws IOException {
        List<String> lines = Files.readAllLines(document);
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith("```bash")) {
                continue;
            }
            int start = i;
            StringBuilder script = new StringBuilder();
            for (i++; i < lines.size() && !lines.get(i).startsWith("```"); i++) {
                script.append(lines.get(i)).append('\n');
            }
            String before = previousNonBlank(lines, start);
            Matcher notRun = NOT_RUN.matcher(before);
            examples.add(new Example(document, start + 1, script.toString(), notRun.matches() ? notRun.group(1) : null,
                    before.trim().equals(REFUSED), answerAfter(lines, i + 1)));
        }
        return new DocExamples(document, examples);
    }

    private static String previousNonBlank(List<String> lines, int index) {
        for (int i = index - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank()) {
                return lines.get(i).trim();
            }
        }
        return "";
    }

    private static String answerAfter(List<String> lines, int from) {
        boolean said = false;
        for (int i = from; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("#") || (line.startsWith("```") && !line.startsWith("```json"))) {
                return null;
            }
            if (line.startsWith("```json")) {
                if (!said) {
                    return null;
                }
                StringBuilder answer = new StringBuilder();
                for (i++; i < lines.size() && !lines.get(i).startsWith("```"); i++) {
                    answer.append(lines.get(i)).append('\n');
                }
                return answer.toString();
            }
            said |= line.toLowerCase(java.util.Locale.ROOT).contains("answer");
        }
        return null;
    }
}
