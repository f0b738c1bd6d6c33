package org.acarules.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The JSON paths (e.g. {@code people[0].outcome}) at which two trees differ: objects by key, arrays by index,
 * numbers by value (1.50 = 1.5). Used by what-if comparisons and by decision replays.
 */
public final class JsonDiff {
    private JsonDiff() {
    }

    /** Every differing path, skipping object keys in {@code ignored}, at most {@code max} of them. */
    public static List<String> paths(JsonNode a, JsonNode b, Set<String> ignored, int max) {
        List<String> out = new ArrayList<>();
        walk("", a, b, ignored, max, out);
        return out;
    }

    private static void walk(String path, JsonNode a, JsonNode b, Set<String> ignored, int max, List<String> out) {
        if (out.size() >= max || a == null && b == null) {
            return;
        }
        if (a == null || b == null || a.getNodeType() != b.getNodeType()) {
            out.add(path.isEmpty() ? "$" : path);
        } else if (a.isObject()) {
            TreeSet<String> names = new TreeSet<>();
            a.fieldNames().forEachRemaining(names::add);
            b.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                if (!ignored.contains(name)) {
                    walk(path.isEmpty() ? name : path + "." + name, a.get(name), b.get(name), ignored, max, out);
                }
            }
        } else if (a.isArray()) {
            int n = Math.max(a.size(), b.size());
            for (int i = 0; i < n; i++) {
                walk(path + "[" + i + "]", a.get(i), b.get(i), ignored, max, out);
            }
        } else if (a.isNumber() ? a.decimalValue().compareTo(b.decimalValue()) != 0 : !a.equals(b)) {
            out.add(path);
        }
    }
}
