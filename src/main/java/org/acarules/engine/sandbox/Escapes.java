package org.acarules.engine.sandbox;

import java.util.List;
import java.util.Map;

/** Names the kind of escape a refused class belongs to, so a refusal says why as well as what. */
final class Escapes {
    private static final List<Map.Entry<String, String>> KINDS = List.of(
            Map.entry("java.io.", "file access"),
            Map.entry("java.nio.", "file access"),
            Map.entry("java.util.zip.", "file access"),
            Map.entry("java.util.jar.", "file access"),
            Map.entry("java.util.prefs.", "file access"),
            Map.entry("java.net.", "network access"),
            Map.entry("javax.net.", "network access"),
            Map.entry("java.lang.ProcessBuilder", "process access"),
            Map.entry("java.lang.Process", "process access"),
            Map.entry("java.lang.Runtime", "System/Runtime"),
            Map.entry("java.lang.System", "System/Runtime"),
            Map.entry("java.lang.reflect.", "reflection"),
            Map.entry("java.lang.invoke.", "reflection and method handles"),
            Map.entry("java.lang.ClassLoader", "class loading"),
            Map.entry("java.lang.Class", "reflection and class loading"),
            Map.entry("java.lang.Module", "class loading"),
            Map.entry("java.lang.Thread", "threads"),
            Map.entry("java.util.concurrent.", "threads"),
            Map.entry("java.util.Timer", "threads"),
            Map.entry("java.lang.Object", "threads and reflection"),
            Map.entry("org.kie.", "the engine behind the rules"),
            Map.entry("org.drools.", "the engine behind the rules"),
            Map.entry("sun.", "JDK internals"),
            Map.entry("jdk.", "JDK internals"));

    private Escapes() {
    }

    static String kindOf(String owner) {
        for (Map.Entry<String, String> kind : KINDS) {
            if (owner.startsWith(kind.getKey())) {
                return kind.getValue();
            }
        }
        return "not on the allow-list";
    }
}
