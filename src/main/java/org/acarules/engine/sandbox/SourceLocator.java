package org.acarules.engine.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.acarules.engine.RuleMessage;

/**
 * Finds where in the draft's files a refused rule, function or declared type is written, and on which of its lines
 * the refused name appears. The check itself reads bytecode; only the line is found in the text.
 */
final class SourceLocator {
    private final Map<String, List<String>> lines = new LinkedHashMap<>();
    private final Map<String, String> displayNames;

    SourceLocator(Map<String, byte[]> sources, Map<String, String> displayNames) {
        this.displayNames = displayNames;
        sources.forEach((path, bytes) -> lines.put(path, new String(bytes, StandardCharsets.UTF_8).lines().toList()));
    }

    RuleMessage locate(DraftSandbox.Site site, String hint, String what) {
        Pattern header = switch (site.kind()) {
            case RULE -> Pattern.compile("^\\s*rule\\s+(\"" + Pattern.quote(site.name()) + "\"|'"
                    + Pattern.quote(site.name()) + "'|" + Pattern.quote(site.name()) + "\\b)");
            case FUNCTION -> Pattern.compile("^\\s*function\\s+.*\\b" + Pattern.quote(site.name()) + "\\s*\\(");
            case TYPE -> Pattern.compile("^\\s*declare\\s+(\\S+\\.)?" + Pattern.quote(site.name()) + "\\b");
            case UNKNOWN -> null;
        };
        String prefix = site.kind() == DraftSandbox.Site.Kind.UNKNOWN ? "" : site.kind().name().toLowerCase()
                .replace("type", "declared type") + " " + site.name() + " ";
        if (header != null) {
            for (Map.Entry<String, List<String>> file : lines.entrySet()) {
                List<String> text = file.getValue();
                for (int i = 0; i < text.size(); i++) {
                    if (header.matcher(text.get(i)).find()) {
                        return message(file.getKey(), lineOf(text, i, hint) + 1, prefix + what);
                    }
                }
            }
            // A decision table names its rules itself: find the row by the name, else by the refused word.
            if (site.kind() == DraftSandbox.Site.Kind.RULE) {
                RuleMessage byName = findIn(site.name(), prefix + what, hint);
                if (byName != null) {
                    return byName;
                }
            }
        }
        return find(hint == null ? "" : hint, prefix + what);
    }

    /** The first line of any file containing the text, or the first file when none does. */
    RuleMessage find(String text, String what) {
        RuleMessage found = findIn(text, what, null);
        return found != null ? found : message(lines.keySet().iterator().next(), 0, what);
    }

    private RuleMessage findIn(String text, String what, String hint) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        for (Map.Entry<String, List<String>> file : lines.entrySet()) {
            List<String> content = file.getValue();
            for (int i = 0; i < content.size(); i++) {
                if (content.get(i).contains(text)) { // the text itself, not a hint: no alternatives
                    return message(file.getKey(), lineOf(content, i, hint) + 1, what);
                }
            }
        }
        return null;
    }

    /**
     * The first line after the header (up to the next rule) that contains the hint (one of its words, when it lists
     * several with |), else the header's own line when it does, else the header's line anyway.
     */
    private static int lineOf(List<String> text, int header, String hint) {
        if (hint == null) {
            return header;
        }
        Pattern word = Pattern.compile(Pattern.quote(hint).replace("|", "\\E|\\Q"));
        for (int i = header + 1; i < text.size(); i++) {
            if (text.get(i).matches("^\\s*(rule|function|declare|query)\\b.*")) {
                break;
            }
            if (word.matcher(text.get(i)).find()) {
                return i;
            }
        }
        return header;
    }

    RuleMessage message(String kiePath, int line, String what) {
        String file = kiePath == null ? null : displayNames.get(kiePath);
        if (file == null && kiePath != null) {
            file = displayNames.entrySet().stream().filter(e -> kiePath.endsWith(e.getKey()) || e.getKey().endsWith(kiePath))
                    .map(Map.Entry::getValue).findFirst().orElse(kiePath);
        }
        return new RuleMessage("ERROR", file == null ? "rules" : file, Math.max(line, 0), 0, what);
    }
}
