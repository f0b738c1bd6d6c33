package org.acarules.definitions;

/** A primary source a parameter cites. */
public record Reference(String title, String href) {
}
