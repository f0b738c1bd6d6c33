package org.acarules.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** A ruleset's version: the SHA-256 of its files' paths and contents, shortened to 12 hex digits. */
public final class RulesetVersion {
    private RulesetVersion() {
    }

    public static String of(Path rulesDir, Path definitionsDir) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            hashTree(digest, "rules/", rulesDir);
            hashTree(digest, "benefit-definitions/", definitionsDir);
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void hashTree(MessageDigest digest, String prefix, Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> sorted = files.filter(Files::isRegularFile).sorted().toList();
            for (Path file : sorted) {
                digest.update((prefix + dir.relativize(file).toString().replace('\\', '/')).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(file));
                digest.update((byte) 0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
