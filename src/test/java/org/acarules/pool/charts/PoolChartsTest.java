package org.acarules.pool.charts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acarules.pool.projection.Projection;
import org.acarules.pool.projection.Scenario;
import org.acarules.pool.projection.ScenarioResult;
import org.acarules.pool.projection.Subsidy;
import org.acarules.pool.projection.YearResult;
import org.junit.jupiter.api.Test;

/**
 * The exported charts' axes carry numbers whatever the range: the tick labels are read back from the SVG (JFreeSVG
 * writes each label as a text element). The figures are made up for the test, not a model's output: a narrow band
 * ($456 to $616, where the old logarithmic axis labelled nothing) and a spiral ($609 to $20,656).
 */
class PoolChartsTest {
    private static final Pattern TEXT = Pattern.compile("<text[^>]*>([^<]*)</text>");

    private static YearResult year(int year, double premium, long enrolled) {
        return new YearResult(year, 1_000, enrolled, enrolled, BigDecimal.ONE, BigDecimal.ZERO,
                Map.of("0-17", 10L, "18-25", 20L, "26-34", 30L, "35-44", 40L, "45-54", 50L, "55-64", 60L),
                BigDecimal.valueOf(premium), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0, BigDecimal.ZERO,
                BigDecimal.ZERO, 0, BigDecimal.ZERO);
    }

    private static ScenarioResult scenario(String name, double... premiums) {
        List<YearResult> years = new ArrayList<>();
        for (int i = 0; i < premiums.length; i++) {
            years.add(year(2026 + i, premiums[i], 9_000 - 100L * i));
        }
        return new ScenarioResult(new Scenario(name, false, Subsidy.ORIGINAL, false, 0), years, ScenarioResult.CONVERGED, "");
    }

    private static Projection projection(ScenarioResult... scenarios) {
        return new Projection(1L, "v1", 2026, null, 10_000, 18_000, 0, Map.of(), 42, scenarios[0].years().size(), Map.of(),
                List.of(scenarios));
    }

    /** Dollar tick labels of the SVG ("$1,234"), as numbers. */
    private static List<Double> dollarLabels(String svg) {
        List<Double> values = new ArrayList<>();
        Matcher m = TEXT.matcher(svg);
        while (m.find()) {
            String text = m.group(1).trim();
            if (text.matches("\\$[0-9,]+")) {
                values.add(Double.parseDouble(text.substring(1).replace(",", "")));
            }
        }
        return values;
    }

    private static String render(String name, Projection p, String file) throws Exception {
        var chart = PoolCharts.chart(name, p);
        Path dir = Path.of("target/pool-charts");
        Files.createDirectories(dir);
        Files.write(dir.resolve(file + ".png"), PoolCharts.png(chart)); // kept to be looked at
        String svg = PoolCharts.svg(chart);
        Files.writeString(dir.resolve(file + ".svg"), svg);
        return svg;
    }

    @Test
    void aNarrowPremiumRangeHasDollarTicksWithinIt() throws Exception {
        Projection narrow = projection(scenario("a", 456, 520, 580, 616), scenario("b", 470, 500, 530, 560));
        List<Double> labels = dollarLabels(render("premium", narrow, "premium-narrow"));
        long within = labels.stream().filter(v -> v >= 456 && v <= 616).count();
        assertTrue(within >= 3, "expected at least 3 dollar tick labels between $456 and $616, found " + labels);
    }

    @Test
    void aSpiralHasDollarTicksAcrossItsDecades() throws Exception {
        Projection spiral = projection(scenario("converged", 609, 661, 663, 663), scenario("spiral", 609, 2_114, 7_950, 20_656));
        List<Double> labels = dollarLabels(render("premium", spiral, "premium-spiral"));
        // every decade the premiums cross carries a label: $609 -> $1,000 -> $10,000 -> $20,656
        assertTrue(labels.stream().anyMatch(v -> v >= 500 && v < 1_000), "a label by the converged line, under $1,000: " + labels);
        assertTrue(labels.stream().anyMatch(v -> v == 1_000), "a label at $1,000: " + labels);
        assertTrue(labels.stream().anyMatch(v -> v > 1_000 && v < 10_000), "a label between $1,000 and $10,000: " + labels);
        assertTrue(labels.stream().anyMatch(v -> v >= 10_000 && v <= 20_656), "a label from $10,000 to $20,656: " + labels);
    }

    @Test
    void enrollmentAndCompositionTicksAreGroupedWholeNumbers() throws Exception {
        Projection p = projection(scenario("a", 456, 520, 580, 616));
        String enrollment = render("enrollment", p, "enrollment");
        assertTrue(TEXT.matcher(enrollment).results().map(r -> r.group(1).trim()).anyMatch(t -> t.matches("[0-9],[0-9]{3}")),
                "enrollment ticks such as 8,000");
        String composition = render("composition", p, "composition");
        assertTrue(TEXT.matcher(composition).results().map(r -> r.group(1).trim()).anyMatch(t -> t.matches("[1-9][0-9]")),
                "composition ticks such as 20");
    }
}
