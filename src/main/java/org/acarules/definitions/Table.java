package org.acarules.definitions;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One dated value of a {@code table} parameter: the rows of a CSV file kept beside the parameter's YAML file, found by
 * their key columns. Cells of {@code number} columns are decimals checked when loaded; the others are text. Carries
 * the file it was read from and the reference its date cites, so an answer built on a row can say where it came from.
 */
public final class Table {
    private final String file;
    private final String reference;
    private final List<String> columns;
    private final Map<String, Row> rows;

    Table(String file, String reference, List<String> columns, Map<String, Row> rows) {
        this.file = file;
        this.reference = reference;
        this.columns = List.copyOf(columns);
        this.rows = Map.copyOf(rows);
    }

    /** The CSV file's path under the definitions, e.g. "benefit-definitions/parameters/gov/aca/benchmark/slcsp_age_0/2026.csv". */
    public String file() {
        return file;
    }

    /** The source the file's date cites in the YAML ({@code reference:} of that date); null when it cites none. */
    public String reference() {
        return reference;
    }

    public List<String> columns() {
        return columns;
    }

    public int size() {
        return rows.size();
    }

    /** Every row, in no particular order. */
    public java.util.Collection<Row> rows() {
        return rows.values();
    }

    /** The row whose key columns hold these values, in the order the YAML's {@code key} lists them. */
    public Optional<Row> row(String... key) {
        return Optional.ofNullable(rows.get(joined(key)));
    }

    static String joined(String... key) {
        return String.join("\u0000", key); // no cell may hold NUL, so keys cannot collide
    }

    /** One row: its cells by column name. */
    public record Row(int line, Map<String, Object> cells) {
        public String text(String column) {
            Object cell = cell(column);
            return cell instanceof BigDecimal d ? d.toPlainString() : (String) cell;
        }

        public BigDecimal number(String column) {
            Object cell = cell(column);
            if (!(cell instanceof BigDecimal d)) {
                throw new IllegalArgumentException("column " + column + " is not a number column");
            }
            return d;
        }

        private Object cell(String column) {
            if (!cells.containsKey(column)) {
                throw new IllegalArgumentException("no column " + column);
            }
            return cells.get(column);
        }
    }
}
