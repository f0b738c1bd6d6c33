package org.acarules.plans.catalogue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import org.acarules.store.CsvCells;

/** Streams a CSV file row by row (RFC 4180 quoting), handing each row as header -> value with its line number. */
final class CsvRows {
    private CsvRows() {
    }

    static void read(BufferedReader reader, BiConsumer<Long, Map<String, String>> row) {
        try {
            String header = reader.readLine();
            if (header == null) {
                throw new IllegalArgumentException("empty file: expected a header row");
            }
            List<String> names = cells(header.replace("\uFEFF", "")).stream()
                    .map(n -> n.trim().toLowerCase(Locale.ROOT)).toList();
            long line = 1;
            String text;
            while ((text = reader.readLine()) != null) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                List<String> cells = cells(text);
                Map<String, String> values = new HashMap<>();
                for (int i = 0; i < names.size(); i++) {
                    values.put(names.get(i), i < cells.size() ? cells.get(i).trim() : "");
                }
                row.accept(line, values);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A line with an unclosed quote becomes one cell, so the row fails its checks instead of being dropped. */
    private static List<String> cells(String line) {
        List<String> cells = CsvCells.split(line);
        return cells == null ? List.of(line) : cells;
    }
}
