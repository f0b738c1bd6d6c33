package org.acarules.batch;

import java.math.BigDecimal;
import java.util.List;

/**
 * Reporting bands of household income as a percent of the poverty line (the answer's fpl_percent). The edges
 * are the ones the law's tests use (100, 138, 150, 200, 250, 300, 400) plus 500 for the cliff's far side; they
 * only group the summary, no rule reads them.
 */
public final class FplBand {
    public static final List<String> ORDER = List.of("under-100", "100-138", "138-150", "150-200", "200-250", "250-300",
            "300-400", "400-500", "500-plus", "unknown");
    private static final int[] EDGES = {100, 138, 150, 200, 250, 300, 400, 500};

    private FplBand() {
    }

    public static String of(BigDecimal fplPercent) {
        if (fplPercent == null) {
            return "unknown";
        }
        for (int i = 0; i < EDGES.length; i++) {
            if (fplPercent.compareTo(BigDecimal.valueOf(EDGES[i])) < 0) {
                return ORDER.get(i);
            }
        }
        return "500-plus";
    }

    public static int rank(String band) {
        int i = ORDER.indexOf(band);
        return i < 0 ? ORDER.size() : i;
    }
}
