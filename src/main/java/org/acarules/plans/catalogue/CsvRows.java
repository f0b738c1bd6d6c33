package org.acarules.plans.catalogue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

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
            List<String> names = split(header.replace("\uFEFF", "")).stream()
                    .map(n -> n.trim().toLowerCase(Locale.ROOT)).toList();
            long line = 1;
            String text;
            while ((text = reader.readLine()) != null) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                List<String> cells = split(text);
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

    static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
