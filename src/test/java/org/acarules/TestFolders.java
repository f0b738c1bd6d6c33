package org.acarules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Folders tests build: a copy of a tree, and the smallest benefit definitions a ruleset compiles with. */
public final class TestFolders {
    private TestFolders() {
    }

    /** Copies the tree under {@code from} to {@code to}. */
    public static void copy(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    /** {@code dir/defs}: one state, two years and one parameter, written once; for rules that read no law's figure. */
    public static Path minimalDefinitions(Path dir) throws IOException {
        Path defs = dir.resolve("defs");
        if (Files.isDirectory(defs)) {
            return defs;
        }
        Path params = Files.createDirectories(defs.resolve("parameters"));
        Files.writeString(defs.resolve("ruleset.yaml"), "years: {first: 2020, last: 2021}\nstates: [TX]\n");
        Files.writeString(params.resolve("p.yaml"), """
                description: A test parameter.
                metadata: {unit: /1, reference: [{title: test}]}
                values: {2020-01-01: 1}
                """);
        return defs;
    }
}
