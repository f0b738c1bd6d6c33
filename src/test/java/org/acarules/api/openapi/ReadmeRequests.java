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
 * the README.md files under src/main/java, with the method ({@code -X}, else POST for a body).
 */
final class ReadmeRequests {
    private static final Pattern CURL = Pattern.compile(
            "curl\\s[^\\n]*?localhost:8080(/[^\\s']*)([^\\n]*?)\\s-d\\s+'([^']*)'", Pattern.DOTALL);
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
            requests.add(new Request(file, method.find() ? method.group(1) : "POST", curl.group(1), curl.group(3)));
        }
        return requests;
    }
}
