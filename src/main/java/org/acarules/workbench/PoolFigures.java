package org.acarules.workbench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.acarules.pool.projection.Projection;
import org.acarules.pool.projection.ScenarioResult;
import org.acarules.pool.projection.YearResult;
import org.acarules.pool.statistics.PoolStatistics;

/**
 * The pools page's figures: each a Chart.js chart (its data as JSON for the canvas) and a table with the same
 * numbers, so the page reads without scripts. Built from a job's result, the synchronous endpoints' answer.
 */
final class PoolFigures {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PoolFigures() {
    }

    /** A table: caption (read by screen readers), column heads, rows of cells (the first a row head). */
    record Table(String caption, List<String> head, List<List<String>> rows) {
    }

    /**
     * One figure: {@code id} of its canvas, Chart.js {@code type} (line, bar), the y axis' {@code unit} (dollars,
     * persons, percent) and scale (linear, or logarithmic when a premium spans a decade: a spiral), the chart's data.
     */
    record Figure(String id, String title, String type, String unit, String scale, String yTitle, String description, String chartJson,
            Table table) {
    }

    static List<Figure> statistics(PoolStatistics s) {
        List<Figure> figures = new ArrayList<>();
        figures.add(counts("by-outcome", "Persons by outcome", s.byOutcome(), "outcome"));
        figures.add(counts("by-fpl-band", "Persons by household income (% of the poverty line)", s.byFplBand(), "FPL band"));
        figures.add(counts("by-age-band", "Persons by age band", s.byAgeBand(), "age band"));
        if (s.pool() != null && s.pool().ageMix() != null) {
            figures.add(counts("pool-age-mix", "The Marketplace pool by age band", s.pool().ageMix(), "age band"));
        }
        return figures;
    }

    private static Figure counts(String id, String title, List<PoolStatistics.Count> counts, String keyHead) {
        ObjectNode data = JSON.createObjectNode();
        ArrayNode labels = data.putArray("labels");
        ArrayNode values = data.putArray("datasets").addObject().put("label", "persons").putArray("data");
        List<List<String>> rows = new ArrayList<>();
        for (PoolStatistics.Count c : counts) {
            labels.add(c.key());
            values.add(c.persons());
            rows.add(List.of(c.key(), whole(c.persons()), percent(c.share())));
        }
        return new Figure(id, title, "bar", "persons", "linear", "persons",
                "Bar chart: " + title.toLowerCase(Locale.ROOT) + "; the table below gives the same numbers",
                data.toString(), new Table(title, List.of(keyHead, "persons", "share"), rows));
    }

    static List<Figure> projection(Projection p) {
        List<Figure> figures = new ArrayList<>();
        figures.add(byYear(p, "premium", "Monthly premium of a 40-year-old by plan year", "dollars", "USD a month",
                y -> y.premium40Monthly(), PoolFigures::money));
        figures.add(byYear(p, "enrollment", "Enrolled persons by plan year", "persons", "persons",
                y -> BigDecimal.valueOf(y.enrolled()), v -> whole(v.longValue())));
        figures.add(byYear(p, "young-share", "Share of the enrolled aged 18 to 34 by plan year", "percent", "% of the enrolled",
                y -> y.share18To34() == null ? null : y.share18To34().movePointRight(2), v -> v.setScale(1, RoundingMode.HALF_UP) + "%"));
        figures.add(byYear(p, "subsidised-share", "Subsidised share of the enrolled by plan year", "percent", "% of the enrolled",
                y -> y.enrolled() == 0 ? null : BigDecimal.valueOf(y.subsidizedEnrolled() * 100.0 / y.enrolled()),
                v -> v.setScale(1, RoundingMode.HALF_UP) + "%"));
        figures.add(byYear(p, "uninsured", "Uninsured persons by plan year", "persons", "persons",
                y -> BigDecimal.valueOf(y.uninsured()), v -> whole(v.longValue())));
        return figures;
    }

    private static Figure byYear(Projection p, String id, String title, String unit, String yTitle,
            Function<YearResult, BigDecimal> value, Function<BigDecimal, String> cell) {
        ObjectNode data = JSON.createObjectNode();
        ArrayNode labels = data.putArray("labels");
        ArrayNode datasets = data.putArray("datasets");
        List<String> head = new ArrayList<>();
        head.add("plan year");
        double low = Double.MAX_VALUE;
        double high = 0;
        for (ScenarioResult s : p.scenarios()) {
            head.add(s.scenario().name());
            ArrayNode values = datasets.addObject().put("label", s.scenario().name() + " (" + verdict(s) + ")").putArray("data");
            for (YearResult y : s.years()) {
                BigDecimal v = value.apply(y);
                if (v == null) {
                    values.addNull();
                } else {
                    values.add(v.setScale(2, RoundingMode.HALF_UP));
                    if (v.signum() > 0) {
                        low = Math.min(low, v.doubleValue());
                        high = Math.max(high, v.doubleValue());
                    }
                }
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < p.years(); i++) {
            List<String> row = new ArrayList<>();
            row.add(Integer.toString(p.year() + i));
            for (ScenarioResult s : p.scenarios()) {
                BigDecimal v = i < s.years().size() ? value.apply(s.years().get(i)) : null;
                row.add(v == null ? "" : cell.apply(v));
            }
            labels.add(p.year() + i);
            rows.add(row);
        }
        // a spiral runs over decades: a logarithmic axis keeps the flat lines apart and the spiral on the page
        String scale = unit.equals("dollars") && high / low >= 10 ? "logarithmic" : "linear";
        return new Figure(id, title, "line", unit, scale, yTitle, "Line chart: " + title.toLowerCase(Locale.ROOT)
                + ", one line per scenario; the table below gives the same numbers", data.toString(), new Table(title, head, rows));
    }

    /** Per scenario: verdict and why, first and last year's enrollment and premium. */
    static Table verdicts(Projection p) {
        List<List<String>> rows = new ArrayList<>();
        for (ScenarioResult s : p.scenarios()) {
            YearResult first = s.years().get(0);
            YearResult last = s.years().get(s.years().size() - 1);
            rows.add(List.of(s.scenario().name(), verdict(s), s.verdictReason() == null ? "" : s.verdictReason(),
                    whole(first.enrolled()) + " → " + whole(last.enrolled()),
                    money(first.premium40Monthly()) + " → " + money(last.premium40Monthly())));
        }
        return new Table("Verdict per scenario", List.of("scenario", "verdict", "why", "enrolled, first → last year",
                "premium of a 40-year-old a month, first → last year"), rows);
    }

    private static String verdict(ScenarioResult s) {
        return s.verdict().replace('_', ' ');
    }

    static String whole(long n) {
        return NumberFormat.getIntegerInstance(Locale.US).format(n);
    }

    static String money(BigDecimal amount) {
        return amount == null ? "" : WorkbenchExtensions.dollars(amount);
    }

    static String percent(BigDecimal share) {
        return share == null ? "" : share.movePointRight(2).setScale(1, RoundingMode.HALF_UP) + "%";
    }
}
