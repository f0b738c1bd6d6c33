package org.acarules.workbench;

/** The editor's highlighting for a file, by its extension: CodeMirror modes (text/x-drl and text/csv: editor.js). */
final class EditorModes {
    private EditorModes() {
    }

    static String of(String path) {
        if (path.endsWith(".drl")) {
            return "text/x-drl";
        }
        if (path.endsWith(".yaml") || path.endsWith(".yml")) {
            return "yaml";
        }
        if (path.endsWith(".csv")) {
            return "text/csv";
        }
        return "text/plain";
    }
}
