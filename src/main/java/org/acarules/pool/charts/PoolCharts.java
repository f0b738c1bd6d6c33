package org.acarules.pool.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import org.acarules.pool.projection.Projection;
import org.acarules.pool.projection.ProjectionModel;
import org.acarules.pool.projection.ScenarioResult;
import org.acarules.pool.projection.YearResult;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogarithmicAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * A projection's pictures, drawn by JFreeChart: the premium of a 40-year-old and the enrollment by year, one line
 * per scenario, and the composition of the pool in the last projected year (enrolled persons by age band, one bar
 * per scenario). Written as PNG or, through JFreeSVG, as SVG.
 */
public final class PoolCharts {
    public static final List<String> NAMES = List.of("premium", "enrollment", "composition");
    public static final int WIDTH = 900;
    public static final int HEIGHT = 520;

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private PoolCharts() {
    }

    /** The chart called {@code name} (one of {@link #NAMES}). */
    public static JFreeChart chart(String name, Projection p) {
        return switch (name) {
            case "premium" -> lines(p, "Gross monthly premium of a 40-year-old", "USD a month (logarithmic)",
                    y -> y.premium40Monthly().doubleValue(), true);
            case "enrollment" -> lines(p, "Enrolled persons", "persons", y -> (double) y.enrolled(), false);
            case "composition" -> composition(p);
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static final Color[] COLORS = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0xff7f0e),
        new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f)};

    private static JFreeChart lines(Projection p, String title, String unit, Function<YearResult, Double> value, boolean log) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (ScenarioResult s : p.scenarios()) {
            XYSeries series = new XYSeries(s.scenario().name() + " (" + s.verdict().replace('_', ' ') + ")");
            for (YearResult y : s.years()) {
                series.add(y.year(), value.apply(y));
            }
            data.addSeries(series);
        }
        JFreeChart chart = ChartFactory.createXYLineChart(title + " by plan year, " + p.households() + " generated households",
                "plan year", unit, data, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        NumberAxis years = (NumberAxis) plot.getDomainAxis();
        years.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        years.setNumberFormatOverride(new java.text.DecimalFormat("0"));
        if (log) {
            LogarithmicAxis axis = new LogarithmicAxis(unit);
            axis.setAllowNegativesFlag(false);
            axis.setStrictValuesFlag(false);
            plot.setRangeAxis(axis);
        } else {
            ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(true);
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            renderer.setSeriesPaint(i, COLORS[i % COLORS.length]);
            renderer.setSeriesStroke(i, new BasicStroke(2.5f));
        }
        plot.setRenderer(renderer);
        style(chart);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        return chart;
    }

    private static JFreeChart composition(Projection p) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        int lastYear = p.year() + p.years() - 1;
        for (ScenarioResult s : p.scenarios()) {
            YearResult last = s.years().get(s.years().size() - 1);
            for (String band : ProjectionModel.AGE_BANDS) {
                data.addValue(last.ageMix().getOrDefault(band, 0L), s.scenario().name(), band);
            }
        }
        JFreeChart chart = ChartFactory.createBarChart("Enrolled persons by age band, " + lastYear, "age band", "persons",
                data, PlotOrientation.VERTICAL, true, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        for (int i = 0; i < data.getRowCount(); i++) {
            plot.getRenderer().setSeriesPaint(i, COLORS[i % COLORS.length]);
        }
        ((org.jfree.chart.renderer.category.BarRenderer) plot.getRenderer()).setBarPainter(
                new org.jfree.chart.renderer.category.StandardBarPainter());
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        style(chart);
        return chart;
    }

    private static void style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
    }

    public static byte[] png(JFreeChart chart) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String svg(JFreeChart chart) {
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
        return g.getSVGDocument();
    }
}
