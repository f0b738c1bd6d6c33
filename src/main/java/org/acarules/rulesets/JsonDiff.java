package org.acarules.rulesets;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The paths at which two JSON answers differ (objects by key, arrays by index), skipping the ignored fields. */
final class JsonDiff {
    private JsonDiff() {
    }

    static List<String> paths(JsonNode left, JsonNode right, Set<String> ignored) {
        List<String> out = new ArrayList<>();
        walk("", left, right, ignored, out);
        return out;
    }

    private static void walk(String path, JsonNode a, JsonNode b, Set<String> ignored, List<String> out) {
        if (a == null || b == null || a.getNodeType() != b.getNodeType()) {
            if (!(a == null && b == null)) {
                out.add(path.isEmpty() ? "(root)" : path);
            }
            return;
        }
        if (a.isObject()) {
            Set<String> keys = new TreeSet<>();
            a.fieldNames().forEachRemaining(keys::add);
            b.fieldNames().forEachRemaining(keys::add);
            for (String key : keys) {
                if (!ignored.contains(key)) {
                    walk(path.isEmpty() ? key : path + "." + key, a.get(key), b.get(key), ignored, out);
                }
            }
        } else if (a.isArray()) {
            int n = Math.max(a.size(), b.size());
            for (int i = 0; i < n; i++) {
                walk(path + "[" + i + "]", a.get(i), b.get(i), ignored, out);
            }
        } else if (a.isNumber() ? a.decimalValue().compareTo(b.decimalValue()) != 0 : !a.equals(b)) {
            out.add(path);
        }
    }

}
