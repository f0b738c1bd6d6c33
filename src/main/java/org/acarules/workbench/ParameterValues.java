package org.acarules.workbench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.acarules.definitions.DatedValues;
import org.acarules.definitions.Parameter;

/** A parameter's dated values as the page shows them: a table, and the points of a step chart over time. */
final class ParameterValues {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One value in force from {@code from} (for a state, when the parameter is broken down by state). */
    public record Row(String state, LocalDate from, String value) {
    }

    private ParameterValues() {
    }

    static List<Row> rows(Parameter parameter) {
        List<Row> rows = new ArrayList<>();
        if (parameter.byState()) {
            parameter.stateValues().forEach((state, values) -> addRows(rows, state, values));
        } else if (parameter.values() != null) {
            addRows(rows, null, parameter.values());
        }
        return rows;
    }

    /**
     * Chart.js data for a step chart: one series (or one per state, at most 8 so the chart stays readable) of the
     * numeric values by date; null when no value is a plain number (scales, texts, flags: the table says it all).
     */
    static String chartJson(Parameter parameter) {
        Map<String, DatedValues> series = new LinkedHashMap<>();
        if (parameter.byState()) {
            parameter.stateValues().entrySet().stream().limit(8).forEach(e -> series.put(e.getKey(), e.getValue()));
        } else if (parameter.values() != null) {
            series.put(parameter.id(), parameter.values());
        }
        List<Map<String, Object>> datasets = new ArrayList<>();
        series.forEach((label, values) -> {
            List<Map<String, Object>> points = new ArrayList<>();
            Object previous = null;
            for (Map.Entry<LocalDate, Optional<Object>> entry : values.asMap().entrySet()) {
                Optional<Object> value = entry.getValue();
                if (value.isPresent() && !(value.get() instanceof Number)) {
                    continue;
                }
                Object y = value.map(ParameterValues::number).orElse(null);
                if (y == null && previous != null) {
                    points.add(point(entry.getKey(), previous)); // the step ends here: the line reaches the gap
                }
                points.add(point(entry.getKey(), y)); // y null: no value then, a gap in the line
                previous = y;
            }
            if (previous != null && !points.isEmpty()) {
                // the last value holds on: draw its step for a year past its date
                LocalDate last = values.asMap().lastKey();
                Map<String, Object> end = point(last.plusYears(1), previous);
                end.put("date", "in force since " + last);
                points.add(end);
            }
            if (points.stream().anyMatch(p -> p.get("y") != null)) {
                datasets.add(Map.of("label", label, "data", points));
            }
        });
        if (datasets.isEmpty()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(Map.of("datasets", datasets));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> point(LocalDate date, Object y) {
        Map<String, Object> point = new LinkedHashMap<>();
        point.put("x", date.getYear() + (date.getDayOfYear() - 1) / 366.0);
        point.put("date", date.toString());
        point.put("y", y);
        return point;
    }

    private static Object number(Object value) {
        return value instanceof BigDecimal d ? d.doubleValue() : value;
    }

    private static void addRows(List<Row> rows, String state, DatedValues values) {
        values.asMap().forEach((date, value) -> rows.add(new Row(state, date, text(value))));
    }

    private static String text(Optional<Object> value) {
        return value.map(String::valueOf).orElse("none (the law sets no value)");
    }
}
