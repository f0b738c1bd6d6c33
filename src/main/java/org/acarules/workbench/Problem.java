package org.acarules.workbench;

/** One validation problem as the editor shows it: at a file and line (0: the file as a whole), with its message. */
public record Problem(String level, String file, int line, int column, String message) {
}
