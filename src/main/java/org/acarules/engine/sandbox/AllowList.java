package org.acarules.engine.sandbox;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The classes and methods a rule draft may use, read from {@code allow-list.txt} next to this class: the one place the
 * project keeps them. An owner listed by name wins over a package wildcard that also covers it (so
 * {@code org.drools.model.Drools} is held to its few methods although {@code org.drools.model.**} is open).
 */
public final class AllowList {
    private static final String ALL = "*";
    private static final AllowList PROJECT = read();

    private final Map<String, Set<String>> owners;
    private final Map<String, Set<String>> packages;
    private final Map<String, Set<String>> trees;

    private AllowList(Map<String, Set<String>> owners, Map<String, Set<String>> packages, Map<String, Set<String>> trees) {
        this.owners = owners;
        this.packages = packages;
        this.trees = trees;
    }

    public static AllowList project() {
        return PROJECT;
    }

    /**
     * Whether code may call (or read, for a static field) {@code member} of {@code owner} (a dotted class name). A
     * member listed with a leading "-" is refused even where "*" allows the rest.
     */
    public boolean allows(String owner, String member) {
        Set<String> members = membersOf(owner);
        return members != null && !members.contains("-" + member) && (members.contains(ALL) || members.contains(member));
    }

    /** Whether the class is named at all (an import, a class constant, a global's type). */
    public boolean knows(String owner) {
        return membersOf(owner) != null;
    }

    /** Whether an import of this package with {@code .*} names only allowed classes. */
    public boolean knowsPackage(String pkg) {
        if (packages.containsKey(pkg)) {
            return true;
        }
        for (String tree : trees.keySet()) {
            if (pkg.equals(tree) || pkg.startsWith(tree + ".")) {
                return true;
            }
        }
        return false;
    }

    private Set<String> membersOf(String owner) {
        Set<String> exact = owners.get(owner);
        if (exact != null) {
            return exact;
        }
        int dot = owner.lastIndexOf('.');
        String pkg = dot < 0 ? "" : owner.substring(0, dot);
        Set<String> inPackage = packages.get(pkg);
        if (inPackage != null) {
            return inPackage;
        }
        for (Map.Entry<String, Set<String>> tree : trees.entrySet()) {
            if (pkg.equals(tree.getKey()) || pkg.startsWith(tree.getKey() + ".")) {
                return tree.getValue();
            }
        }
        return null;
    }

    private static AllowList read() {
        Map<String, Set<String>> owners = new HashMap<>();
        Map<String, Set<String>> packages = new HashMap<>();
        Map<String, Set<String>> trees = new LinkedHashMap<>();
        try (InputStream in = AllowList.class.getResourceAsStream("allow-list.txt")) {
            if (in == null) {
                throw new IllegalStateException("allow-list.txt is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                String[] words = text.split("\\s+");
                String owner = words[0];
                Set<String> members = Set.of(java.util.Arrays.copyOfRange(words, 1, words.length));
                if (owner.endsWith(".**")) {
                    trees.put(owner.substring(0, owner.length() - 3), members);
                } else if (owner.endsWith(".*")) {
                    packages.put(owner.substring(0, owner.length() - 2), members);
                } else {
                    owners.put(owner, members);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new AllowList(Map.copyOf(owners), Map.copyOf(packages), trees);
    }
}
