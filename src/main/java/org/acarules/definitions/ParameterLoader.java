package org.acarules.definitions;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** Reads {@code parameters/**.yaml} into typed, dated parameters, refusing any file that breaks the format. */
public final class ParameterLoader {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS); // 0.0956 stays exactly 0.0956

    /** Loads every parameter, or throws the first problem found. */
    public ParameterStore load(Path definitionsDir) {
        Result result = loadAll(definitionsDir);
        if (!result.errors().isEmpty()) {
            throw result.errors().get(0);
        }
        return result.store();
    }

    /** The store (null when any file is at fault) and every file's problem, so an analyst sees them all at once. */
    public record Result(ParameterStore store, List<DefinitionException> errors) {
    }

    public Result loadAll(Path definitionsDir) {
        Path root = definitionsDir.resolve("parameters");
        if (!Files.isDirectory(root)) {
            return new Result(null, List.of(new DefinitionException("benefit-definitions/parameters", "", "folder not found")));
        }
        List<DefinitionException> errors = new ArrayList<>();
        Map<String, Parameter> parameters = new LinkedHashMap<>();
        Set<Path> tableFiles = new HashSet<>();
        try (Stream<Path> files = Files.walk(root, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            List<Path> all = files.filter(Files::isRegularFile).sorted().toList();
            for (Path file : all.stream().filter(p -> p.toString().endsWith(".yaml")).toList()) {
                try {
                    Parameter parameter = parse(root, file, tableFiles);
                    parameters.put(parameter.id(), parameter);
                } catch (DefinitionException e) {
                    errors.add(e);
                }
            }
            // A CSV no table names would be silently ignored: an analyst who adds next year's file without its date
            // in the YAML must hear of it.
            for (Path csv : all.stream().filter(p -> p.toString().endsWith(".csv")).toList()) {
                if (!tableFiles.contains(csv.normalize())) {
                    errors.add(new DefinitionException("benefit-definitions/" + root.getParent().relativize(csv).toString()
                            .replace('\\', '/'), "", "no table parameter names this file under its values"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        RulesetDefinition ruleset = null;
        try {
            ruleset = RulesetDefinition.load(definitionsDir);
        } catch (DefinitionException e) {
            errors.add(e);
        }
        return errors.isEmpty() ? new Result(new ParameterStore(parameters, ruleset), List.of()) : new Result(null, List.copyOf(errors));
    }

    Parameter parse(Path root, Path file) {
        return parse(root, file, new HashSet<>());
    }

    private Parameter parse(Path root, Path file, Set<Path> tableFiles) {
        String name = "benefit-definitions/" + root.getParent().relativize(file).toString().replace('\\', '/');
        String id = root.relativize(file).toString().replace('\\', '/').replaceAll("\\.yaml$", "").replace('/', '.');
        JsonNode doc;
        try {
            doc = YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new DefinitionException(name, "", "not valid YAML: " + e.getMessage());
        }
        if (doc == null || !doc.isObject()) {
            throw new DefinitionException(name, "", "expected a mapping with description, metadata and values");
        }
        String description = requiredText(doc, "description", name);
        JsonNode metadata = doc.path("metadata");
        String unit = requiredText(metadata, "unit", name, "metadata.unit");
        ParameterType type;
        try {
            type = ParameterType.parse(metadata.path("type").asText(null));
        } catch (IllegalArgumentException e) {
            throw new DefinitionException(name, "metadata.type", "unknown type " + metadata.path("type").asText());
        }
        List<Reference> references = references(metadata.path("reference"), name);
        String breakdown = metadata.path("breakdown").asText(null);
        if (breakdown != null && !breakdown.equals("state")) {
            throw new DefinitionException(name, "metadata.breakdown", "only 'state' is supported, not " + breakdown);
        }
        Integer rounding = metadata.hasNonNull("rounding") ? metadata.get("rounding").asInt() : null;
        // valid_for: year marks a figure the law sets for each year (not "period", which says what span an amount is per)
        String validFor = metadata.path("valid_for").asText(null);
        if (validFor != null && !validFor.equals("year")) {
            throw new DefinitionException(name, "metadata.valid_for", "only 'year' is supported (a figure set for each year), not "
                    + validFor + "; leave it out for a value in force until changed");
        }
        boolean annual = validFor != null;
        JsonNode values = doc.path("values");
        if (!values.isObject() || values.isEmpty()) {
            throw new DefinitionException(name, "values", "missing or empty");
        }
        if (type == ParameterType.TABLE) {
            if (breakdown != null) {
                throw new DefinitionException(name, "metadata.breakdown", "a table has no breakdown: make the state a key column");
            }
            TableFiles tables = TableFiles.declared(metadata, file, root.getParent(), name, tableFiles);
            return new Parameter(id, name, description, unit, type, false, references,
                    datedValues(values, "values", name, type, rounding, tables, annual), Map.of());
        }
        if (breakdown == null) {
            return new Parameter(id, name, description, unit, type, false, references,
                    datedValues(values, "values", name, type, rounding, null, annual), Map.of());
        }
        Map<String, DatedValues> byState = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = values.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (!entry.getKey().matches("[A-Z]{2}")) {
                throw new DefinitionException(name, "values." + entry.getKey(), "expected a two-letter state code");
            }
            byState.put(entry.getKey(), datedValues(entry.getValue(), "values." + entry.getKey(), name, type, rounding, null, annual));
        }
        return new Parameter(id, name, description, unit, type, true, references, null, Map.copyOf(byState));
    }

    private static List<Reference> references(JsonNode node, String file) {
        if (!node.isArray() || node.isEmpty()) {
            throw new DefinitionException(file, "metadata.reference", "at least one reference to a primary source is required");
        }
        List<Reference> references = new ArrayList<>();
        for (JsonNode ref : node) {
            if (ref.isTextual()) {
                references.add(new Reference(ref.asText(), null));
            } else {
                references.add(new Reference(requiredText(ref, "title", file, "metadata.reference.title"),
                        ref.path("href").asText(null)));
            }
        }
        return List.copyOf(references);
    }

    /**
     * A file's dated values. Annual ({@code valid_for: year}): each date is January 1 of the year its figure is for, and
     * the figure applies in that year only, or through the year an entry's {@code through} names when the law fixed
     * one figure for several years (e.g. ARPA's table for 2021 through 2025).
     */
    private static DatedValues datedValues(JsonNode node, String key, String file, ParameterType type, Integer rounding,
            TableFiles tables, boolean annual) {
        if (!node.isObject() || node.isEmpty()) {
            throw new DefinitionException(file, key, "expected a map of ISO dates to values");
        }
        Map<LocalDate, Optional<Object>> values = new LinkedHashMap<>();
        Map<LocalDate, LocalDate> lastDays = annual ? new LinkedHashMap<>() : null;
        LocalDate previous = null;
        LocalDate previousLastDay = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            String dateKey = key + "." + entry.getKey();
            LocalDate date;
            try {
                date = LocalDate.parse(entry.getKey());
            } catch (DateTimeParseException e) {
                throw new DefinitionException(file, dateKey, "not an ISO date (YYYY-MM-DD)");
            }
            if (previous != null && !date.isAfter(previous)) {
                throw new DefinitionException(file, dateKey, "dates must ascend; " + date + " follows " + previous);
            }
            previous = date;
            JsonNode raw = entry.getValue();
            String reference = null;
            JsonNode through = null;
            if (raw != null && raw.isObject() && raw.has("value")) {
                reference = raw.path("reference").asText(null);
                through = raw.get("through");
                raw = raw.get("value"); // the {value, reference, note, through} form
            }
            if (annual) {
                if (date.getMonthValue() != 1 || date.getDayOfMonth() != 1) {
                    throw new DefinitionException(file, dateKey, "an annual parameter (valid_for: year) is dated January 1 of the year its figure is for");
                }
                if (previousLastDay != null && !date.isAfter(previousLastDay)) {
                    throw new DefinitionException(file, dateKey, "falls within the years the entry before covers (through "
                            + previousLastDay.getYear() + ")");
                }
                int lastYear = date.getYear();
                if (through != null && !through.isNull()) {
                    if (!through.canConvertToInt() || through.asInt() < date.getYear()) {
                        throw new DefinitionException(file, dateKey + ".through", "expected the last year (YYYY, from "
                                + date.getYear() + ") this figure is for");
                    }
                    lastYear = through.asInt();
                }
                previousLastDay = LocalDate.of(lastYear, 12, 31);
                lastDays.put(date, previousLastDay);
            } else if (through != null) {
                throw new DefinitionException(file, dateKey + ".through", "only an annual parameter (valid_for: year) has years a value is for");
            }
            Object value = tables != null && raw != null && !raw.isNull() ? tables.read(raw, dateKey, reference)
                    : typed(raw, type, file, dateKey, rounding);
            values.put(date, Optional.ofNullable(value));
        }
        return new DatedValues(values, lastDays);
    }

    static Object typed(JsonNode raw, ParameterType type, String file, String key, Integer rounding) {
        if (raw == null || raw instanceof NullNode) {
            return null;
        }
        return switch (type) {
            case NUMBER -> decimal(raw, file, key);
            case BOOL -> {
                if (!raw.isBoolean()) {
                    throw new DefinitionException(file, key, "expected true or false");
                }
                yield raw.asBoolean();
            }
            case TEXT -> {
                if (!raw.isValueNode()) {
                    throw new DefinitionException(file, key, "expected text");
                }
                yield raw.asText();
            }
            case LINEAR_SCALE -> scale(raw, file, key, rounding);
            case POVERTY_GUIDELINE -> guideline(raw, file, key);
            // Only a file names a table's rows (see TableFiles); a request's what-if cannot replace one.
            case TABLE -> throw new DefinitionException(file, key, "a table parameter cannot be given inline or overridden");
        };
    }

    private static BigDecimal decimal(JsonNode raw, String file, String key) {
        if (!raw.isNumber()) {
            throw new DefinitionException(file, key, "expected a number, found " + raw);
        }
        if ((raw.isDouble() || raw.isFloat()) && !Double.isFinite(raw.doubleValue())) {
            throw new DefinitionException(file, key, NumberLimits.OUT_OF_RANGE);
        }
        BigDecimal value = raw.decimalValue();
        String problem = NumberLimits.problem(value);
        if (problem != null) {
            throw new DefinitionException(file, key, problem);
        }
        return value;
    }

    private static LinearScale scale(JsonNode raw, String file, String key, Integer rounding) {
        if (!raw.isArray() || raw.isEmpty()) {
            throw new DefinitionException(file, key, "expected a list of brackets {from, to, initial, final}");
        }
        List<LinearScale.Bracket> brackets = new ArrayList<>();
        BigDecimal expectedFrom = null;
        for (int i = 0; i < raw.size(); i++) {
            JsonNode b = raw.get(i);
            String bracketKey = key + "[" + i + "]";
            for (String field : List.of("from", "initial", "final")) {
                if (!b.hasNonNull(field)) {
                    throw new DefinitionException(file, bracketKey + "." + field, "missing");
                }
            }
            BigDecimal from = decimal(b.get("from"), file, bracketKey + ".from");
            BigDecimal to = b.hasNonNull("to") ? decimal(b.get("to"), file, bracketKey + ".to") : null;
            if (expectedFrom != null && from.compareTo(expectedFrom) != 0) {
                throw new DefinitionException(file, bracketKey + ".from", "brackets must be contiguous: expected " + expectedFrom);
            }
            if (to != null && to.compareTo(from) <= 0) {
                throw new DefinitionException(file, bracketKey + ".to", "must be above from");
            }
            if (to == null && i != raw.size() - 1) {
                throw new DefinitionException(file, bracketKey + ".to", "only the last bracket may be open-ended");
            }
            brackets.add(new LinearScale.Bracket(from, to, decimal(b.get("initial"), file, bracketKey + ".initial"),
                    decimal(b.get("final"), file, bracketKey + ".final")));
            expectedFrom = to;
        }
        return new LinearScale(List.copyOf(brackets), rounding);
    }

    private static PovertyGuideline guideline(JsonNode raw, String file, String key) {
        JsonNode sizes = raw.path("sizes");
        if (!sizes.isArray() || sizes.isEmpty()) {
            throw new DefinitionException(file, key + ".sizes", "expected the guideline for household sizes 1, 2, ...");
        }
        List<BigDecimal> amounts = new ArrayList<>();
        for (int i = 0; i < sizes.size(); i++) {
            BigDecimal amount = decimal(sizes.get(i), file, key + ".sizes[" + i + "]");
            if (!amounts.isEmpty() && amount.compareTo(amounts.get(amounts.size() - 1)) <= 0) {
                throw new DefinitionException(file, key + ".sizes[" + i + "]", "must exceed the guideline for one person fewer");
            }
            amounts.add(amount);
        }
        if (!raw.hasNonNull("each_additional")) {
            throw new DefinitionException(file, key + ".each_additional", "missing");
        }
        return new PovertyGuideline(List.copyOf(amounts), decimal(raw.get("each_additional"), file, key + ".each_additional"));
    }

    private static String requiredText(JsonNode node, String field, String file) {
        return requiredText(node, field, file, field);
    }

    private static String requiredText(JsonNode node, String field, String file, String key) {
        JsonNode value = node.path(field);
        if (!value.isValueNode() || value.asText().isBlank()) {
            throw new DefinitionException(file, key, "required");
        }
        return value.asText();
    }
}
