package org.acarules.engine.sandbox;

/**
 * One thing the compiled code of a draft does that a rule may not: in which generated class and method, and what, in
 * the analyst's words (e.g. "calls java.nio.file.Files.writeString, which a rule may not call (file access)").
 * {@code hint} is a word to look for in the source to find the line (the called method's name), or null.
 */
record Refusal(String className, String method, String what, String hint) {
}
