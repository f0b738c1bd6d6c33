package org.acarules.pool.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.List;
import java.util.function.Function;
import org.acarules.pool.projection.Projection;
import org.acarules.pool.projection.ProjectionModel;
import org.acarules.pool.projection.ScenarioResult;
import org.acarules.pool.projection.YearResult;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;
import org.jfree.chart.axis.ValueAxis;
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
            case "premium" -> lines(p, "Gross monthly premium of a 40-year-old", "USD a month",
                    y -> y.premium40Monthly().doubleValue(), true);
            case "enrollment" -> lines(p, "Enrolled persons", "persons", y -> (double) y.enrolled(), false);
            case "composition" -> composition(p);
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static final Color[] COLORS = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0xff7f0e),
        new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f)};

    private static JFreeChart lines(Projection p, String title, String unit, Function<YearResult, Double> value, boolean money) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (ScenarioResult s : p.scenarios()) {
            XYSeries series = new XYSeries(s.scenario().name() + " (" + s.verdict().replace('_', ' ') + ")");
            for (YearResult y : s.years()) {
                series.add(y.year(), value.apply(y));
            }
            data.addSeries(series);
        }
        JFreeChart chart = ChartFactory.createXYLineChart(title + " by plan year, " + String.format(Locale.US, "%,d", p.households()) + " households",
                "plan year", unit, data, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        NumberAxis years = (NumberAxis) plot.getDomainAxis();
        years.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        years.setNumberFormatOverride(new java.text.DecimalFormat("0"));
        if (money) {
            plot.setRangeAxis(moneyAxis(unit, data.getRangeLowerBound(false), data.getRangeUpperBound(false)));
        } else {
            NumberAxis axis = (NumberAxis) plot.getRangeAxis();
            axis.setAutoRangeIncludesZero(true);
            axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            axis.setNumberFormatOverride(new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.US)));
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

    /** Dollars with thousands separators, no cents: the tick labels of money axes. */
    static DecimalFormat dollars() {
        return new DecimalFormat("$#,##0", DecimalFormatSymbols.getInstance(Locale.US));
    }

    /**
     * A dollar axis whose ticks are labelled whatever the range. Within a decade (the converged scenarios, e.g.
     * $456-$616) a linear axis not starting at zero, with JFreeChart's round tick steps; over a decade or more (a
     * spiral: $609 to $20,656) a logarithmic axis, so the spiral fits and the flat lines stay apart, with its ticks
     * labelled in dollars (JFreeChart's older LogarithmicAxis labels only powers of ten, and none fell in a narrow
     * range: that axis showed no number at all).
     */
    static ValueAxis moneyAxis(String label, double low, double high) {
        if (!(low > 0) || !(high > 0) || high / low < 10) {
            NumberAxis axis = new NumberAxis(label);
            axis.setAutoRangeIncludesZero(false);
            axis.setStandardTickUnits(NumberAxis.createStandardTickUnits());
            axis.setNumberFormatOverride(dollars());
            return axis;
        }
        DollarLogAxis axis = new DollarLogAxis(label + " (logarithmic)");
        axis.setBase(10);
        axis.setSmallestValue(1);
        return axis;
    }

    /**
     * A logarithmic dollar axis ticked at 1, 2 and 5 times the powers of ten, each labelled as plain text ("$2,000"):
     * LogAxis' own ticks sit at fractional powers ($631, $794) and its labels are attributed strings, which JFreeSVG
     * draws as outlines rather than text.
     */
    static final class DollarLogAxis extends LogAxis {
        private static final long serialVersionUID = 1L;

        DollarLogAxis(String label) {
            super(label);
        }

        @Override
        protected List<ValueTick> refreshTicksVertical(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
            Range range = getRange();
            DecimalFormat format = dollars();
            List<ValueTick> ticks = new ArrayList<>();
            TextAnchor anchor = edge == RectangleEdge.LEFT ? TextAnchor.CENTER_RIGHT : TextAnchor.CENTER_LEFT;
            int first = (int) Math.floor(Math.log10(Math.max(1, range.getLowerBound())));
            int last = (int) Math.ceil(Math.log10(Math.max(1, range.getUpperBound())));
            double lowest = Double.MAX_VALUE;
            for (int e = first; e <= last; e++) {
                for (int m : new int[] {1, 2, 5}) {
                    double v = m * Math.pow(10, e);
                    if (range.contains(v)) {
                        ticks.add(new NumberTick(TickType.MAJOR, v, format.format(v), anchor, TextAnchor.CENTER, 0));
                        lowest = Math.min(lowest, v);
                    }
                }
            }
            // lines lying below the lowest of those (the converged scenarios under a spiral) get a label of their own:
            // the first whole multiple of a power of ten above the axis' lower end, unless too close to the next tick
            double scale = Math.pow(10, first);
            double low = Math.ceil(range.getLowerBound() / scale) * scale;
            if (low < lowest / 1.4 && range.contains(low)) {
                ticks.add(new NumberTick(TickType.MAJOR, low, format.format(low), anchor, TextAnchor.CENTER, 0));
            }
            return ticks;
        }
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
        NumberAxis persons = (NumberAxis) plot.getRangeAxis();
        persons.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        persons.setNumberFormatOverride(new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.US)));
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
