package org.acarules.engine;

import java.util.List;

/** One rule firing in order, with the ids of the people whose facts it matched (no names, no values). */
public record TraceEntry(int order, String rule, String citation, String text, List<String> people) {
}
