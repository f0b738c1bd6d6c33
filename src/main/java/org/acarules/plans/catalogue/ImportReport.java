package org.acarules.plans.catalogue;

import java.util.List;

/** What an import kept and what it rejected, by line number (the header is line 1). */
public record ImportReport(int imported, List<RejectedRow> rejected) {
    public record RejectedRow(long line, List<String> errors) {
    }
}
