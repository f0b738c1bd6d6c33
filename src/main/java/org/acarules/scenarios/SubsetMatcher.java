package org.acarules.scenarios;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compares an expected subset with an actual JSON value: objects by the expected keys, lists element by
 * element, numbers within a tolerance, everything else by equality. Returns every difference with its path.
 */
public final class SubsetMatcher {
    private SubsetMatcher() {
    }

    public static List<String> differences(Object expected, Object actual, BigDecimal tolerance) {
        List<String> out = new ArrayList<>();
        compare("", expected, actual, tolerance, out);
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void compare(String path, Object expected, Object actual, BigDecimal tolerance, List<String> out) {
        if (expected instanceof Map<?, ?> e) {
            if (!(actual instanceof Map<?, ?> a)) {
                out.add(path + ": expected an object, got " + actual);
                return;
            }
            for (Map.Entry<String, Object> entry : ((Map<String, Object>) e).entrySet()) {
                String child = path.isEmpty() ? entry.getKey() : path + "." + entry.getKey();
                if (!a.containsKey(entry.getKey()) && entry.getValue() != null) {
                    out.add(child + ": missing (expected " + entry.getValue() + ")");
                } else {
                    compare(child, entry.getValue(), a.get(entry.getKey()), tolerance, out);
                }
            }
        } else if (expected instanceof List<?> e) {
            if (!(actual instanceof List<?> a)) {
                out.add(path + ": expected a list, got " + actual);
                return;
            }
            if (e.size() > a.size()) {
                out.add(path + ": expected at least " + e.size() + " elements, got " + a.size());
                return;
            }
            for (int i = 0; i < e.size(); i++) {
                compare(path + "[" + i + "]", e.get(i), a.get(i), tolerance, out);
            }
        } else if (expected instanceof Number e) {
            if (!(actual instanceof Number a)) {
                out.add(path + ": expected " + expected + ", got " + actual);
                return;
            }
            BigDecimal diff = new BigDecimal(e.toString()).subtract(new BigDecimal(a.toString())).abs();
            if (diff.compareTo(tolerance) > 0) {
                out.add(path + ": expected " + expected + ", got " + actual);
            }
        } else if (expected == null) {
            if (actual != null) {
                out.add(path + ": expected null, got " + actual);
            }
        } else if (!expected.toString().equals(String.valueOf(actual))) {
            out.add(path + ": expected " + expected + ", got " + actual);
        }
    }
}
