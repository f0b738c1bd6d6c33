package org.acarules.engine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The content of a ruleset: every file of {@code rules/} and {@code benefit-definitions/} by its path
 * ("rules/eligibility/medicaid.drl"), and the scenario files a draft adds or changes under {@code tests/} (the
 * compiler does not read them; a scenario run of the version, the activation gate's included, runs them with the
 * scenario folder's, see ScenarioFiles#load(Path, Map)). Immutable; its version is the SHA-256 of paths and bytes.
 */
public final class RulesetContent {
    public static final String RULES = "rules/";
    public static final String DEFINITIONS = "benefit-definitions/";
    public static final String TESTS = "tests/";

    private final NavigableMap<String, byte[]> files;

    private RulesetContent(NavigableMap<String, byte[]> files) {
        this.files = Collections.unmodifiableNavigableMap(files);
    }

    public static RulesetContent fromFolders(Path rulesDir, Path definitionsDir) {
        NavigableMap<String, byte[]> files = new TreeMap<>();
        read(RULES, rulesDir, files);
        read(DEFINITIONS, definitionsDir, files);
        return new RulesetContent(files);
    }

    /** Files by path; a path outside the two folders, or climbing out of them, is refused. */
    public static RulesetContent fromFiles(Map<String, byte[]> files) {
        NavigableMap<String, byte[]> checked = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        files.forEach((path, bytes) -> {
            String problem = pathProblem(path);
            if (problem != null) {
                problems.add(path + ": " + problem);
            } else {
                checked.put(path, bytes);
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidContentException(problems);
        }
        return new RulesetContent(checked);
    }

    /** Reads a zip of the two folders, refusing escaping paths and anything beyond {@code maxBytes} unpacked. */
    public static RulesetContent fromZip(InputStream zip, long maxBytes) {
        Map<String, byte[]> files = new TreeMap<>();
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(zip)) {
            ZipEntry entry;
            byte[] buffer = new byte[8192];
            while ((entry = in.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                int n;
                while ((n = in.read(buffer)) > 0) {
                    total += n;
                    if (total > maxBytes) {
                        throw new ContentTooLargeException(maxBytes);
                    }
                    out.write(buffer, 0, n);
                }
                files.put(entry.getName(), out.toByteArray());
            }
        } catch (IOException e) {
            throw new InvalidContentException(List.of("not a readable zip file: " + e.getMessage()));
        }
        if (files.isEmpty()) {
            throw new InvalidContentException(List.of("the zip holds no files"));
        }
        return fromFiles(files);
    }

    static String pathProblem(String path) {
        if (path == null || path.isBlank()) {
            return "empty path";
        }
        if (!path.startsWith(RULES) && !path.startsWith(DEFINITIONS) && !path.startsWith(TESTS)) {
            return "must lie under rules/, benefit-definitions/ or tests/";
        }
        if (path.contains("\\") || path.startsWith("/") || path.contains("//")) {
            return "must be a relative path with forward slashes";
        }
        for (String part : path.split("/")) {
            if (part.equals("..") || part.equals(".")) {
                return "may not contain . or .. segments";
            }
        }
        return null;
    }

    /** This content with some files replaced or added, and some removed: a draft on top of a base. */
    public RulesetContent with(Map<String, byte[]> changes, Set<String> deletions) {
        NavigableMap<String, byte[]> merged = new TreeMap<>(files);
        deletions.forEach(merged::remove);
        merged.putAll(fromFiles(changes).files);
        return new RulesetContent(merged);
    }

    /** The version's own scenario files (under tests/), as text by path: what ScenarioFiles#load(Path, Map) takes. */
    public Map<String, String> scenarioFiles() {
        Map<String, String> texts = new TreeMap<>();
        files().subMap(TESTS, TESTS + Character.MAX_VALUE)
                .forEach((path, bytes) -> texts.put(path, new String(bytes, StandardCharsets.UTF_8)));
        return texts;
    }

    public NavigableMap<String, byte[]> files() {
        return files;
    }

    public String version() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                digest.update(file.getKey().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(file.getValue());
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public byte[] toZip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                ZipEntry entry = new ZipEntry(file.getKey());
                entry.setTime(0); // the same content always zips to the same bytes
                zip.putNextEntry(entry);
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Writes the files under {@code root}/rules and {@code root}/benefit-definitions. */
    public void writeTo(Path root) {
        try {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path target = root.resolve(file.getKey()).normalize();
                if (!target.startsWith(root)) {
                    throw new InvalidContentException(List.of(file.getKey() + ": escapes the ruleset folder"));
                }
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
            Files.createDirectories(root.resolve(RULES));
            Files.createDirectories(root.resolve(DEFINITIONS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void read(String prefix, Path dir, Map<String, byte[]> files) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(prefix + dir.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
