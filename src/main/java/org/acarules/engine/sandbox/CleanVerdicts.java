package org.acarules.engine.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rule files (by their full SHA-256) that passed the check in this process. The check costs about as much as a
 * second build, and the same files are compiled again on a reload, when a stored draft is compiled after it left
 * memory, or when a draft becomes active: those need not pay twice. The key is the whole content, not the ruleset's
 * short version, so no crafted file can borrow another's verdict. Refusals are not kept: they are checked again.
 */
final class CleanVerdicts {
    private static final int MAX = 256;
    private static final Set<String> CLEAN = ConcurrentHashMap.newKeySet();

    private CleanVerdicts() {
    }

    static String key(Map<String, byte[]> sources) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> file : new TreeMap<>(sources).entrySet()) {
                digest.update(file.getKey().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Integer.toString(file.getValue().length).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(file.getValue());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean contains(String key) {
        return CLEAN.contains(key);
    }

    static void add(String key) {
        if (CLEAN.size() >= MAX) {
            CLEAN.clear(); // rarely reached; forgetting only costs a check
        }
        CLEAN.add(key);
    }
}
