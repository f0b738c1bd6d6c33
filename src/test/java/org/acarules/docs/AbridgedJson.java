package org.acarules.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * An answer as the docs show it, "abridged", checked against the real one. The docs leave things out with an
 * ellipsis ({@code …} or {@code ...}): as a member or element it stands for more of them, as a whole string
 * ({@code "…"}) or as a member's value ({@code "persons": …}) for any value, at the end of a string for any rest of it. Every member shown must be in the answer
 * with the value shown (numbers compared as numbers); an array shown without an ellipsis has exactly its elements, with
 * one its elements appear in the answer in that order.
 */
final class AbridgedJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String MORE = "\u2026more";
    private static final String ANY = "\u2026";

    private AbridgedJson() {
    }

    /** The shown text as JSON, each ellipsis member or element replaced by a marker. */
    static JsonNode parse(String shown) {
        try {
            return MAPPER.readTree(markEllipses(shown));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("the shown answer is not JSON even with its ellipses read: " + e.getMessage()
                    + "\n" + shown, e);
        }
    }

    /** Where the answer differs from what is shown (empty when it matches), as JSON paths with both values. */
    static List<String> mismatches(String shown, JsonNode actual) {
        List<String> found = new ArrayList<>();
        compare(parse(shown), actual, "$", found);
        return found;
    }

    private static String markEllipses(String text) {
        StringBuilder out = new StringBuilder();
        List<Character> open = new ArrayList<>();
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                out.append(c);
                if (c == '\\') {
                    out.append(text.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            int ellipsis = text.startsWith("...", i) ? 3 : c == '\u2026' ? 1 : 0;
            if (ellipsis > 0) {
                char container = open.isEmpty() ? ' ' : open.get(open.size() - 1);
                if (lastNonBlank(out) == ':') {
                    out.append("\"" + ANY + "\""); // a member's value left out: any value
                } else {
                    out.append(container == '{' ? "\"" + MORE + "\": true" : "\"" + MORE + "\"");
                }
                i += ellipsis - 1;
                continue;
            }
            switch (c) {
                case '"' -> inString = true;
                case '{', '[' -> open.add(c);
                case '}', ']' -> open.remove(open.size() - 1);
                default -> {
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    private static char lastNonBlank(StringBuilder text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return ' ';
    }

    private static void compare(JsonNode shown, JsonNode actual, String path, List<String> found) {
        if (shown.isTextual() && shown.asText().equals(ANY)) {
            if (actual == null || actual.isMissingNode()) {
                found.add(path + ": missing");
            }
            return;
        }
        if (actual == null || actual.isMissingNode()) {
            found.add(path + ": missing (shown " + shown + ")");
        } else if (shown.isObject()) {
            if (!actual.isObject()) {
                found.add(path + ": shown an object, is " + actual);
                return;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = shown.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> member = it.next();
                if (!member.getKey().equals(MORE)) {
                    compare(member.getValue(), actual.get(member.getKey()), path + "." + member.getKey(), found);
                }
            }
        } else if (shown.isArray()) {
            compareArrays(shown, actual, path, found);
        } else if (shown.isNumber() && actual.isNumber()) {
            if (new BigDecimal(shown.asText()).compareTo(new BigDecimal(actual.asText())) != 0) {
                found.add(path + ": shown " + shown + ", is " + actual);
            }
        } else if (shown.isTextual() && shown.asText().endsWith(ANY) && actual.isTextual()) {
            String start = shown.asText().substring(0, shown.asText().length() - 1);
            if (!actual.asText().startsWith(start)) {
                found.add(path + ": shown " + shown + ", is " + actual);
            }
        } else if (!shown.equals(actual)) {
            found.add(path + ": shown " + shown + ", is " + actual);
        }
    }

    private static void compareArrays(JsonNode shown, JsonNode actual, String path, List<String> found) {
        if (!actual.isArray()) {
            found.add(path + ": shown an array, is " + actual);
            return;
        }
        List<JsonNode> elements = new ArrayList<>();
        boolean more = false;
        for (JsonNode element : shown) {
            if (element.isTextual() && element.asText().equals(MORE)) {
                more = true;
            } else {
                elements.add(element);
            }
        }
        if (!more) {
            if (elements.size() != actual.size()) {
                found.add(path + ": shown " + elements.size() + " elements, has " + actual.size());
                return;
            }
            for (int i = 0; i < elements.size(); i++) {
                compare(elements.get(i), actual.get(i), path + "[" + i + "]", found);
            }
            return;
        }
        int next = 0; // each shown element matches a later element of the answer than the one before it
        for (JsonNode element : elements) {
            int match = -1;
            for (int i = next; i < actual.size() && match < 0; i++) {
                List<String> differences = new ArrayList<>();
                compare(element, actual.get(i), path, differences);
                if (differences.isEmpty()) {
                    match = i;
                }
            }
            if (match < 0) {
                found.add(path + ": no element (after the " + next + " first) matches the shown " + element);
                return;
            }
            next = match + 1;
        }
    }
}
