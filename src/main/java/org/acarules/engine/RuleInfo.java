package org.acarules.engine;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a response says about a rule: its stable id (the name's first word, e.g. APTC-004), the law it
 * cites, and its text (the rest of the name), with the file it lives in.
 */
public record RuleInfo(String id, String name, String citation, String text, String packageName) {
    private static final Pattern ID = Pattern.compile("^([A-Z][A-Z0-9]*-\\d{3})\\s+(.+)$");

    /** Null id or citation when the rule lacks them: the compiler reports that as an error. */
    static RuleInfo of(String packageName, String name, Object citation) {
        Matcher m = ID.matcher(name);
        String id = m.matches() ? m.group(1) : null;
        String text = m.matches() ? m.group(2) : name;
        String cited = citation == null ? null : citation.toString().replaceAll("^\"|\"$", "");
        return new RuleInfo(id, name, cited == null || cited.isBlank() ? null : cited, text, packageName);
    }
}
