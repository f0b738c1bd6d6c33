package org.acarules.definitions;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the CSV files of one {@code table} parameter. The YAML file declares the columns (in file order, each
 * {@code number} or {@code text}) and the key columns once; each date's value names a CSV file in the YAML file's
 * folder (or below it). Plain CSV only: a comma separates cells, no quoting, the first line is the header and must
 * list the declared columns in order. Every cell is checked when loaded, so a bad figure stops the ruleset from
 * compiling with the file and line, never at evaluation.
 */
final class TableFiles {
    enum ColumnType { NUMBER, TEXT }

    private final Path folder;
    private final Path definitionsRoot;
    private final String yamlName;
    private final Map<String, ColumnType> columns;
    private final List<String> key;
    private final Set<Path> read;

    private TableFiles(Path folder, Path definitionsRoot, String yamlName, Map<String, ColumnType> columns, List<String> key,
            Set<Path> read) {
        this.folder = folder;
        this.definitionsRoot = definitionsRoot;
        this.yamlName = yamlName;
        this.columns = columns;
        this.key = key;
        this.read = read;
    }

    /** The table's declaration from {@code metadata.columns} and {@code metadata.key}; every file it reads is added to {@code read}. */
    static TableFiles declared(JsonNode metadata, Path yamlFile, Path definitionsRoot, String yamlName, Set<Path> read) {
        JsonNode columnsNode = metadata.path("columns");
        if (!columnsNode.isObject() || columnsNode.isEmpty()) {
            throw new DefinitionException(yamlName, "metadata.columns", "a table needs its columns in file order, each number or text");
        }
        Map<String, ColumnType> columns = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = columnsNode.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> column = it.next();
            String type = column.getValue().asText("");
            if (!type.equals("number") && !type.equals("text")) {
                throw new DefinitionException(yamlName, "metadata.columns." + column.getKey(), "expected number or text, found " + column.getValue());
            }
            columns.put(column.getKey(), ColumnType.valueOf(type.toUpperCase(java.util.Locale.ROOT)));
        }
        JsonNode keyNode = metadata.path("key");
        if (!keyNode.isArray() || keyNode.isEmpty()) {
            throw new DefinitionException(yamlName, "metadata.key", "a table needs the list of columns that identify a row");
        }
        List<String> key = new ArrayList<>();
        for (JsonNode k : keyNode) {
            if (!columns.containsKey(k.asText())) {
                throw new DefinitionException(yamlName, "metadata.key", "key column " + k.asText() + " is not among metadata.columns");
            }
            key.add(k.asText());
        }
        return new TableFiles(yamlFile.getParent(), definitionsRoot, yamlName, columns, List.copyOf(key), read);
    }

    /** The table a date's value names ({@code raw}: a relative path such as {@code slcsp_age_0/2026.csv}). */
    Table read(JsonNode raw, String dateKey, String reference) {
        if (raw == null || !raw.isTextual() || !raw.asText().matches("[A-Za-z0-9_\\-]+(/[A-Za-z0-9_\\-]+)*\\.csv")) {
            throw new DefinitionException(yamlName, dateKey, "expected the name of a CSV file in this folder or below, such as data/2026.csv");
        }
        Path file = folder.resolve(raw.asText()).normalize();
        String name = "benefit-definitions/" + definitionsRoot.relativize(file).toString().replace('\\', '/');
        if (!Files.isRegularFile(file)) {
            throw new DefinitionException(yamlName, dateKey, "no file " + name);
        }
        read.add(file);
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DefinitionException(name, "", "not readable as UTF-8 text: " + e.getMessage());
        }
        List<String> names = List.copyOf(columns.keySet());
        if (lines.isEmpty() || !cells(lines.get(0)).equals(names)) {
            throw new DefinitionException(name, "line 1", "the header must be " + String.join(",", names));
        }
        Map<String, Table.Row> rows = new HashMap<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            int line = i + 1;
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> cells = cells(lines.get(i));
            if (cells.size() != names.size()) {
                throw new DefinitionException(name, "line " + line, "expected " + names.size() + " cells, found " + cells.size());
            }
            Map<String, Object> row = new LinkedHashMap<>();
            for (int c = 0; c < names.size(); c++) {
                row.put(names.get(c), cell(cells.get(c), columns.get(names.get(c)), name, "line " + line + ", " + names.get(c)));
            }
            String[] keyValues = key.stream().map(k -> cells.get(names.indexOf(k))).toArray(String[]::new);
            String joined = Table.joined(keyValues);
            Integer previous = firstLine.putIfAbsent(joined, line);
            if (previous != null) {
                throw new DefinitionException(name, "line " + line, "repeats the key " + String.join(",", keyValues) + " of line " + previous);
            }
            rows.put(joined, new Table.Row(line, java.util.Collections.unmodifiableMap(row)));
        }
        if (rows.isEmpty()) {
            throw new DefinitionException(name, "", "no rows");
        }
        return new Table(name, reference, names, rows);
    }

    private static List<String> cells(String line) {
        String text = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        return List.of(text.split(",", -1));
    }

    private static Object cell(String text, ColumnType type, String file, String key) {
        if (text.isBlank() || !text.strip().equals(text) || text.indexOf('"') >= 0 || text.indexOf('\u0000') >= 0) {
            throw new DefinitionException(file, key, "expected a plain cell without quotes or surrounding spaces, found '" + text + "'");
        }
        if (type == ColumnType.TEXT) {
            return text;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new DefinitionException(file, key, "expected a number, found '" + text + "'");
        }
        String problem = NumberLimits.problem(value);
        if (problem != null) {
            throw new DefinitionException(file, key, problem);
        }
        return value;
    }
}
