package org.acarules.applicants;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** The JSON paths (e.g. people[0].outcome) at which two trees differ. Numbers compare by value (1.50 = 1.5). */
final class JsonDiff {
    private static final int MAX = 50;

    private JsonDiff() {
    }

    static List<String> paths(JsonNode a, JsonNode b) {
        List<String> out = new ArrayList<>();
        walk("", a, b, out);
        return out;
    }

    private static void walk(String path, JsonNode a, JsonNode b, List<String> out) {
        if (out.size() >= MAX) {
            return;
        }
        if (a == null || b == null || a.getNodeType() != b.getNodeType()) {
            out.add(path.isEmpty() ? "$" : path);
        } else if (a.isObject()) {
            TreeSet<String> names = new TreeSet<>();
            a.fieldNames().forEachRemaining(names::add);
            b.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                walk(path.isEmpty() ? name : path + "." + name, a.get(name), b.get(name), out);
            }
        } else if (a.isArray()) {
            int n = Math.max(a.size(), b.size());
            for (int i = 0; i < n; i++) {
                walk(path + "[" + i + "]", a.get(i), b.get(i), out);
            }
        } else if (a.isNumber()) {
            if (a.decimalValue().compareTo(b.decimalValue()) != 0) {
                out.add(path);
            }
        } else if (!a.equals(b)) {
            out.add(path);
        }
    }

    static boolean same(JsonNode a, JsonNode b) {
        return paths(a, b).isEmpty();
    }

}
