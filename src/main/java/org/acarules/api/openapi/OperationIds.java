package org.acarules.api.openapi;

import java.util.Locale;

/**
 * An operation id from method and path, e.g. {@code post_eligibility}, {@code put_applicants_by_id},
 * {@code post_rulesets_by_version_activate}: stable while the path is (Java method names repeat across resources,
 * "evaluate" four times, and change with refactoring), and the name of the operation's example file.
 */
final class OperationIds {
    private static final String PREFIX = "/api/v1/";

    private OperationIds() {
    }

    static void assign(Operations.Entry entry) {
        if (entry.operation().getOperationId() == null) {
            entry.operation().setOperationId(of(entry.method(), entry.path()));
        }
    }

    static String of(String method, String path) {
        String rest = path.startsWith(PREFIX) ? path.substring(PREFIX.length()) : path.replaceFirst("^/", "");
        StringBuilder id = new StringBuilder(method.toLowerCase(Locale.ROOT));
        for (String segment : rest.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            String word = segment.startsWith("{") ? "by_" + segment.substring(1, segment.length() - 1) : segment;
            id.append('_').append(word.replaceAll("[^A-Za-z0-9]+", "_").toLowerCase(Locale.ROOT));
        }
        return id.toString();
    }
}
