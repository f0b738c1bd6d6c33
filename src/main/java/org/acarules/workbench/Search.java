package org.acarules.workbench;

import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The workbench's one search: every word of the query appears somewhere in the item's fields, in any case. */
final class Search {
    private Search() {
    }

    static boolean matches(String query, String... fields) {
        if (query == null || query.isBlank()) {
            return true;
        }
        String haystack = Stream.of(fields).filter(Objects::nonNull).collect(Collectors.joining(" "))
                .toLowerCase(Locale.ROOT);
        for (String word : query.toLowerCase(Locale.ROOT).strip().split("\\s+")) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
