package org.acarules.applicants;

import org.acarules.store.CsvCells;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acarules.requests.FieldError;
import org.acarules.requests.InvalidRequestException;

/**
 * Applicants from CSV, read row by row: a header line naming the columns (any order; see {@link #COLUMNS}), then one
 * row per person. Adjacent rows with the same {@code external_id} are one household; its household columns are given
 * on its first row and, on later rows, either left empty or repeated with the same value. An empty cell is an absent
 * value. Each household becomes the JSON request /api/v1/eligibility takes, read by the application's mapper, so the
 * values are checked exactly as in JSON; errors are reported against the row and column they came from.
 */
final class CsvApplicants {
    /** Column -> JSON path in the import format; person columns are under {@code request.household.people[i]}. */
    static final Map<String, String> HOUSEHOLD_COLUMNS = new LinkedHashMap<>();
    static final Map<String, String> PERSON_COLUMNS = new LinkedHashMap<>();

    static {
        HOUSEHOLD_COLUMNS.put("external_id", "external_id");
        HOUSEHOLD_COLUMNS.put("year", "request.year");
        HOUSEHOLD_COLUMNS.put("coverage_date", "request.coverage_date");
        HOUSEHOLD_COLUMNS.put("state", "request.place.state");
        HOUSEHOLD_COLUMNS.put("countyfips", "request.place.countyfips");
        HOUSEHOLD_COLUMNS.put("zipcode", "request.place.zipcode");
        HOUSEHOLD_COLUMNS.put("income", "request.household.income");
        HOUSEHOLD_COLUMNS.put("filing_status", "request.household.filing_status");
        HOUSEHOLD_COLUMNS.put("benchmark_monthly", "request.benchmark_premium.monthly");
        HOUSEHOLD_COLUMNS.put("plan_monthly", "request.plan_premium.monthly");
        PERSON_COLUMNS.put("person_id", "id");
        PERSON_COLUMNS.put("age", "age");
        PERSON_COLUMNS.put("relationship", "relationship");
        PERSON_COLUMNS.put("immigration_status", "immigration_status");
        PERSON_COLUMNS.put("qualified_alien_category", "qualified_alien_category");
        PERSON_COLUMNS.put("qualified_status_date", "qualified_status_date");
        for (String flag : List.of("seeks_coverage", "is_tax_dependent", "uses_tobacco", "is_pregnant",
                "barred_from_medicaid_by_immigration_status", "is_incarcerated", "is_aian", "has_other_mec",
                "has_hardship_exemption", "veteran_or_active_duty", "eligible_alien")) {
            PERSON_COLUMNS.put(flag, flag);
        }
        PERSON_COLUMNS.put("employer_self_only_monthly", "employer_offer.self_only_monthly_contribution");
        PERSON_COLUMNS.put("employer_family_monthly", "employer_offer.family_monthly_contribution");
        PERSON_COLUMNS.put("employer_minimum_value", "employer_offer.provides_minimum_value");
    }

    static final Set<String> REQUIRED = Set.of("external_id", "year", "state", "income", "filing_status", "person_id",
            "age", "relationship", "immigration_status");
    private static final Pattern PERSON_PATH = Pattern.compile("request\\.household\\.people\\[(\\d+)]\\.(.+)");

    private final BufferedReader reader;
    private final ObjectMapper mapper;
    private final String[] header;
    private long lineNumber = 1;
    private CsvRow pending;

    private record CsvRow(long line, Map<String, String> cells, String error) {
        String get(String column) {
            return cells.get(column);
        }
    }

    CsvApplicants(BufferedReader reader, ObjectMapper mapper) {
        this.reader = reader;
        this.mapper = mapper;
        try {
            String first = reader.readLine();
            if (first == null) {
                throw new InvalidRequestException(List.of(new FieldError("header", "the file is empty: expected a header line")));
            }
            this.header = readHeader(first);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The header must name known columns, each once, and all of {@link #REQUIRED}: otherwise the whole file is refused. */
    private static String[] readHeader(String line) {
        List<String> names = CsvCells.split(stripBom(line));
        List<FieldError> errors = new ArrayList<>();
        if (names == null) {
            throw new InvalidRequestException(List.of(new FieldError("header", "line 1: unterminated quote")));
        }
        Set<String> seen = new java.util.HashSet<>();
        for (String name : names) {
            String column = name.trim().toLowerCase(java.util.Locale.ROOT);
            if (!HOUSEHOLD_COLUMNS.containsKey(column) && !PERSON_COLUMNS.containsKey(column)) {
                errors.add(new FieldError("header", "unknown column '" + name + "'"));
            } else if (!seen.add(column)) {
                errors.add(new FieldError("header", "column '" + column + "' appears twice"));
            }
        }
        REQUIRED.stream().sorted().filter(c -> !seen.contains(c))
                .forEach(c -> errors.add(new FieldError("header", "missing column '" + c + "'")));
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return names.stream().map(n -> n.trim().toLowerCase(java.util.Locale.ROOT)).toArray(String[]::new);
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    /** The next household (its adjacent rows), or null at the end of the file. */
    ImportRecord next() throws IOException {
        CsvRow first = pending != null ? pending : readRow();
        pending = null;
        if (first == null) {
            return null;
        }
        if (first.error() != null) {
            return ImportRecord.unreadable(first.line(), null, List.of(new FieldError("", first.error())));
        }
        List<CsvRow> rows = new ArrayList<>(List.of(first));
        String externalId = first.get("external_id");
        for (CsvRow row = readRow(); row != null; row = readRow()) {
            if (row.error() != null || externalId == null || !externalId.equals(row.get("external_id"))) {
                pending = row;
                break;
            }
            rows.add(row);
        }
        return household(rows);
    }

    private ImportRecord household(List<CsvRow> rows) {
        CsvRow first = rows.get(0);
        List<ImportReport.RejectedLine> problems = new ArrayList<>();
        ObjectNode root = mapper.createObjectNode();
        for (Map.Entry<String, String> column : HOUSEHOLD_COLUMNS.entrySet()) {
            String value = first.get(column.getKey());
            if (value != null) {
                put(root, column.getValue(), value);
            }
            for (CsvRow later : rows.subList(1, rows.size())) {
                String again = later.get(column.getKey());
                if (again != null && !again.equals(value)) {
                    problems.add(new ImportReport.RejectedLine(later.line(), first.get("external_id"), List.of(new FieldError(
                            column.getKey(), "differs from line " + first.line() + " of the same household"))));
                }
            }
        }
        com.fasterxml.jackson.databind.node.ArrayNode people = root.withObject("/request").withObject("/household")
                .putArray("people");
        for (CsvRow row : rows) {
            ObjectNode person = people.addObject();
            for (Map.Entry<String, String> column : PERSON_COLUMNS.entrySet()) {
                String value = row.get(column.getKey());
                if (value != null) {
                    put(person, column.getValue(), value);
                }
            }
        }
        java.util.function.Function<List<FieldError>, List<ImportReport.RejectedLine>> locate = errors -> locate(rows, errors);
        if (!problems.isEmpty()) {
            return new ImportRecord(first.line(), null, problems, locate);
        }
        try {
            ApplicantInput input = mapper.treeToValue(root, ApplicantInput.class);
            return new ImportRecord(first.line(), input, List.of(), locate);
        } catch (JsonProcessingException e) {
            return new ImportRecord(first.line(), null, locate(rows, List.of(org.acarules.requests.JsonFieldErrors.of(e))), locate);
        }
    }

    /** Puts a text value at a dotted path; the mapper converts it to the field's type (number, true/false, enum). */
    private static void put(ObjectNode node, String path, String value) {
        String[] parts = path.split("\\.");
        ObjectNode at = node;
        for (int i = 0; i < parts.length - 1; i++) {
            at = at.withObject("/" + parts[i]);
        }
        at.put(parts[parts.length - 1], value);
    }

    /** Errors by JSON path -> rejected rows with column names: a person's error on that person's row, the others on the first. */
    private static List<ImportReport.RejectedLine> locate(List<CsvRow> rows, List<FieldError> errors) {
        Map<Long, List<FieldError>> byLine = new TreeMap<>();
        for (FieldError error : errors) {
            CsvRow row = rows.get(0);
            String field = error.field();
            Matcher person = PERSON_PATH.matcher(field);
            if (person.matches() && Integer.parseInt(person.group(1)) < rows.size()) {
                row = rows.get(Integer.parseInt(person.group(1)));
                field = column(PERSON_COLUMNS, person.group(2));
            } else {
                field = column(HOUSEHOLD_COLUMNS, field);
            }
            byLine.computeIfAbsent(row.line(), l -> new ArrayList<>()).add(new FieldError(field, error.message(), error.code()));
        }
        String externalId = rows.get(0).get("external_id");
        List<ImportReport.RejectedLine> lines = new ArrayList<>();
        byLine.forEach((line, errs) -> lines.add(new ImportReport.RejectedLine(line, externalId, errs)));
        return lines;
    }

    /** The column whose JSON path is {@code path} (or a prefix of it, e.g. an object's field); else the path itself. */
    private static String column(Map<String, String> columns, String path) {
        for (Map.Entry<String, String> c : columns.entrySet()) {
            if (path.equals(c.getValue())) {
                return c.getKey();
            }
        }
        if (path.startsWith("request.household.people")) {
            return "person_id";
        }
        return path.replaceFirst("^request\\.", "");
    }

    private CsvRow readRow() throws IOException {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            List<String> cells = CsvCells.split(line);
            if (cells == null) {
                return new CsvRow(lineNumber, Map.of(), "unterminated quote (a cell may not span lines)");
            }
            if (cells.size() != header.length) {
                return new CsvRow(lineNumber, Map.of(), "has " + cells.size() + " cells, the header " + header.length);
            }
            Map<String, String> byColumn = new java.util.HashMap<>();
            for (int i = 0; i < header.length; i++) {
                String cell = cells.get(i).trim();
                if (!cell.isEmpty()) {
                    byColumn.put(header[i], cell);
                }
            }
            return new CsvRow(lineNumber, byColumn, null);
        }
        return null;
    }
}
