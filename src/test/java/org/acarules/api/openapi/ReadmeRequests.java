package org.acarules.api.openapi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The requests the READMEs show: every {@code curl ... localhost:8080/<path> ... -d '<body>'} in README.md and in
 * the README.md files under src/main/java, with the method ({@code -X}, else POST for a body). A body read from
 * standard input ({@code -d @-}) or a file is not a literal and is not checked.
 */
final class ReadmeRequests {
    private static final Pattern CURL = Pattern.compile("curl\\s[^\\n]*?localhost:8080(/[^\\s']*)([^\\n]*?)\\s-d\\s+'");
    /** A shell variable spliced between quoted parts: {@code '{"v": "'$v'"}'}. */
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{?\\w+}?");
    /** What a spliced variable stands for in the body checked: a text value where the README puts its value. */
    static final String VARIABLE_VALUE = "value-of-a-shell-variable";
    private static final Pattern METHOD = Pattern.compile("-X\\s+([A-Z]+)");

    record Request(Path file, String method, String path, String body) {
    }

    private ReadmeRequests() {
    }

    static List<Request> all(Path projectRoot) {
        List<Path> files = new ArrayList<>(List.of(projectRoot.resolve("README.md")));
        try (Stream<Path> walk = Files.walk(projectRoot.resolve("src/main/java"))) {
            walk.filter(p -> p.getFileName().toString().equals("README.md")).sorted().forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Request> requests = new ArrayList<>();
        for (Path file : files) {
            requests.addAll(in(file));
        }
        return requests;
    }

    static List<Request> in(Path file) {
        String text;
        try {
            text = Files.readString(file).replace("\\\n", " "); // shell line continuations
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Request> requests = new ArrayList<>();
        Matcher curl = CURL.matcher(text);
        while (curl.find()) {
            Matcher method = METHOD.matcher(curl.group(0));
            requests.add(new Request(file, method.find() ? method.group(1) : "POST", curl.group(1), quoted(text, curl.end())));
        }
        return requests;
    }

    /**
     * The shell word starting inside a single quote at {@code start}: quoted parts joined, a variable between them
     * ({@code '...'$v'...'}) standing for {@link #VARIABLE_VALUE}.
     */
    static String quoted(String text, int start) {
        StringBuilder word = new StringBuilder();
        int at = start;
        while (true) {
            int close = text.indexOf('\'', at);
            if (close < 0) {
                return word.append(text, at, text.length()).toString();
            }
            word.append(text, at, close);
            Matcher variable = VARIABLE.matcher(text).region(close + 1, text.length());
            if (variable.lookingAt() && variable.end() < text.length() && text.charAt(variable.end()) == '\'') {
                word.append(VARIABLE_VALUE);
                at = variable.end() + 1;
            } else if (close + 1 < text.length() && text.charAt(close + 1) == '\'') {
                at = close + 2;
            } else {
                return word.toString();
            }
        }
    }
}
