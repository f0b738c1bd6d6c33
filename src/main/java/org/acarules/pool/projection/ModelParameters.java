package org.acarules.pool.projection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.acarules.requests.FieldError;
import org.acarules.requests.InvalidRequestException;

/**
 * The projection's parameters from benefit-definitions/pool/model.yaml: each with a value, a valid range and its
 * source or "assumption" label. {@link #with} gives a copy with a request's overrides, refusing (400, field
 * {@code parameters.NAME}) an unknown name, a value that is not a number or one outside the file's range.
 */
public final class ModelParameters {
    public static final String FILE = "pool/model.yaml";

    /** One parameter as the file describes it. */
    public record Spec(String name, String description, String unit, JsonNode value, Double min, Double max, String status,
            String source) {
    }

    private final Map<String, Spec> specs;

    private ModelParameters(Map<String, Spec> specs) {
        this.specs = specs;
    }

    public static ModelParameters load(Path definitionsDir) {
        try {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(definitionsDir.resolve(FILE).toFile());
            Map<String, Spec> specs = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.get("parameters").fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode p = e.getValue();
                specs.put(e.getKey(), new Spec(e.getKey(), text(p, "description"), text(p, "unit"), p.get("value"),
                        p.hasNonNull("min") ? p.get("min").asDouble() : null, p.hasNonNull("max") ? p.get("max").asDouble() : null,
                        text(p, "status"), text(p, "source")));
            }
            ModelParameters parameters = new ModelParameters(specs);
            parameters.check("");
            return parameters;
        } catch (IOException e) {
            throw new UncheckedIOException("benefit-definitions/" + FILE + " is not readable", e);
        }
    }

    /** This set with some values replaced; problems name {@code prefix + name}. */
    public ModelParameters with(Map<String, JsonNode> overrides, String prefix) {
        if (overrides == null || overrides.isEmpty()) {
            return this;
        }
        List<FieldError> errors = new ArrayList<>();
        Map<String, Spec> copy = new LinkedHashMap<>(specs);
        overrides.forEach((name, value) -> {
            Spec spec = specs.get(name);
            if (spec == null) {
                errors.add(new FieldError(prefix + name, "no projection parameter " + name + " (see benefit-definitions/" + FILE + ")"));
            } else {
                copy.put(name, new Spec(name, spec.description(), spec.unit(), value, spec.min(), spec.max(), spec.status(),
                        "request override"));
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        ModelParameters result = new ModelParameters(copy);
        result.check(prefix);
        return result;
    }

    private void check(String prefix) {
        List<FieldError> errors = new ArrayList<>();
        for (Spec spec : specs.values()) {
            JsonNode v = spec.value();
            if ("date".equals(spec.unit())) {
                try {
                    LocalDate.parse(v == null ? "" : v.asText());
                } catch (DateTimeParseException e) {
                    errors.add(new FieldError(prefix + spec.name(), "must be a date YYYY-MM-DD"));
                }
                continue;
            }
            if (v == null || !(v.isNumber() || v.isTextual() && isNumber(v.asText()))) {
                errors.add(new FieldError(prefix + spec.name(), "must be a number"));
                continue;
            }
            double d = v.asDouble();
            if (spec.min() != null && d < spec.min() || spec.max() != null && d > spec.max()) {
                errors.add(new FieldError(prefix + spec.name(), "must be between " + plain(spec.min()) + " and " + plain(spec.max())
                        + " (" + spec.unit() + "), was " + v.asText()));
            } else if (("year".equals(spec.unit()) || "years".equals(spec.unit())) && d != Math.rint(d)) {
                errors.add(new FieldError(prefix + spec.name(), "must be a whole number"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    public double number(String name) {
        return spec(name).value().asDouble();
    }

    public int integer(String name) {
        return (int) Math.round(number(name));
    }

    public LocalDate date(String name) {
        return LocalDate.parse(spec(name).value().asText());
    }

    public Map<String, Spec> all() {
        return java.util.Collections.unmodifiableMap(specs);
    }

    /** Name -> value, for reporting what a run used. */
    public Map<String, JsonNode> values() {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        specs.forEach((k, v) -> values.put(k, v.value()));
        return values;
    }

    private Spec spec(String name) {
        Spec spec = specs.get(name);
        if (spec == null) {
            throw new IllegalStateException("benefit-definitions/" + FILE + " has no parameter " + name);
        }
        return spec;
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String plain(Double d) {
        return d == null ? "any" : java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }
}
