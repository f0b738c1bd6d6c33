package org.acarules.definitions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * All parameters of one ruleset, immutable and shared by every evaluation. Rules read it through the
 * {@code params} global: every lookup names the parameter id and the date (and state) it applies to.
 */
public final class ParameterStore {
    private final Map<String, Parameter> parameters;
    private final RulesetDefinition ruleset;

    ParameterStore(Map<String, Parameter> parameters, RulesetDefinition ruleset) {
        this.parameters = Map.copyOf(parameters);
        this.ruleset = ruleset;
    }

    /**
     * This store with some parameters replaced, for one evaluation (an analyst's what-if): each id takes the given
     * value on every date and in every state. An unknown id or a value of the wrong type is a DefinitionException
     * whose key is the id.
     */
    public ParameterStore withOverrides(Map<String, com.fasterxml.jackson.databind.JsonNode> overrides) {
        Map<String, Parameter> replaced = new java.util.HashMap<>(parameters);
        overrides.forEach((id, raw) -> {
            Parameter original = parameters.get(id);
            if (original == null) {
                throw new DefinitionException("parameter_overrides", id, "no parameter " + id);
            }
            Object value = ParameterLoader.typed(raw, original.type(), "parameter_overrides", id, scaleRounding(original));
            replaced.put(id, new Parameter(id, original.file(), original.description(), original.unit(), original.type(),
                    false, original.references(), new DatedValues(Map.of(LocalDate.MIN, Optional.ofNullable(value))), Map.of()));
        });
        return new ParameterStore(replaced, ruleset);
    }

    /** An overriding scale rounds as the file's scale does. */
    private static Integer scaleRounding(Parameter parameter) {
        if (parameter.type() != ParameterType.LINEAR_SCALE || parameter.byState()) {
            return null;
        }
        return parameter.values().asMap().values().stream().flatMap(Optional::stream)
                .map(v -> ((LinearScale) v).rounding()).filter(java.util.Objects::nonNull).findFirst().orElse(null); // a scale without rounding has none
    }

    public RulesetDefinition ruleset() {
        return ruleset;
    }

    public Collection<Parameter> all() {
        return parameters.values();
    }

    /** Whether the definitions hold the parameter (a version stored before it was added does not). */
    public boolean holds(String id) {
        return parameters.containsKey(id);
    }

    public Parameter parameter(String id) {
        Parameter parameter = parameters.get(id);
        if (parameter == null) {
            throw new ParameterNotDefinedException("no parameter " + id + " in benefit-definitions/parameters");
        }
        return parameter;
    }

    /** A number in force on {@code date}; null when the law sets none then (e.g. no income ceiling). */
    public BigDecimal number(String id, LocalDate date) {
        return (BigDecimal) typed(id, ParameterType.NUMBER).at(date).orElse(null);
    }

    /** A state's number in force on {@code date}; null when the state has none then. */
    public BigDecimal number(String id, String state, LocalDate date) {
        return (BigDecimal) typed(id, ParameterType.NUMBER).at(state, date).orElse(null);
    }

    /**
     * {@code x} is at most the state's number in force on {@code date}; false when the state has none then (no
     * limit in force: no one is within it). A rule constraint, so the limit needs no {@code from} (a network node of
     * its own, about a microsecond an evaluation).
     */
    public boolean atMost(BigDecimal x, String id, String state, LocalDate date) {
        BigDecimal limit = number(id, state, date);
        return limit != null && x.compareTo(limit) <= 0;
    }

    /** {@code x} exceeds the number in force on {@code date}; false when the law sets none then (e.g. no ceiling). */
    public boolean exceeds(BigDecimal x, String id, LocalDate date) {
        BigDecimal limit = number(id, date);
        return limit != null && x.compareTo(limit) > 0;
    }

    public int integer(String id, LocalDate date) {
        BigDecimal value = number(id, date);
        if (value == null) {
            throw new ParameterNotDefinedException(id + " has no value on " + date);
        }
        return value.intValueExact();
    }

    public boolean flag(String id, LocalDate date) {
        return (Boolean) typed(id, ParameterType.BOOL).at(date)
                .orElseThrow(() -> new ParameterNotDefinedException(id + " has no value on " + date));
    }

    public boolean flag(String id, String state, LocalDate date) {
        return (Boolean) typed(id, ParameterType.BOOL).at(state, date)
                .orElseThrow(() -> new ParameterNotDefinedException(id + " has no value for " + state + " on " + date));
    }

    /** A text in force on {@code date} (e.g. a date written as YYYY-MM-DD); "not modelled" when there is none. */
    public String text(String id, LocalDate date) {
        return (String) typed(id, ParameterType.TEXT).at(date)
                .orElseThrow(() -> new ParameterNotDefinedException(id + " has no value on " + date));
    }

    /**
     * A state's own text in force on {@code date}, or null when the parameter lists nothing for the state then (no
     * state, a state not listed, or a null value): the caller then uses the federal parameter. For parameters that
     * record only where a state departs from the federal rule (e.g. a State-based Exchange's open enrollment).
     */
    public String stateTextOrNull(String id, String state, LocalDate date) {
        return (String) stateValueOrNull(typed(id, ParameterType.TEXT), state, date);
    }

    /** As {@link #stateTextOrNull} for a number. */
    public BigDecimal stateNumberOrNull(String id, String state, LocalDate date) {
        return (BigDecimal) stateValueOrNull(typed(id, ParameterType.NUMBER), state, date);
    }

    private static Object stateValueOrNull(Parameter parameter, String state, LocalDate date) {
        if (state == null || !parameter.listsState(state)) {
            return null;
        }
        return parameter.at(state, date).orElse(null);
    }

    public String text(String id, String state, LocalDate date) {
        return (String) typed(id, ParameterType.TEXT).at(state, date)
                .orElseThrow(() -> new ParameterNotDefinedException(id + " has no value for " + state + " on " + date));
    }

    /**
     * The scale's value at x on {@code date}. A scale with no value there (no table in force, or x above its last
     * bracket) is "not modelled": a rule that needs the value must not quietly skip, or an override that raises
     * a ceiling past the table would answer "eligible" with no amount.
     */
    public BigDecimal scale(String id, LocalDate date, BigDecimal x) {
        Optional<Object> scale = typed(id, ParameterType.LINEAR_SCALE).at(date);
        BigDecimal value = scale.map(s -> ((LinearScale) s).valueAt(x)).orElse(null);
        if (value == null) {
            throw new ParameterNotDefinedException(id + " has no value at " + x.stripTrailingZeros().toPlainString()
                    + " on " + date);
        }
        return value;
    }

    /**
     * The table in force on {@code date} (see {@link Table}); "not modelled" when there is none then (no file for that
     * year), naming the parameter and the date.
     */
    public Table table(String id, LocalDate date) {
        return (Table) typed(id, ParameterType.TABLE).at(date)
                .orElseThrow(() -> new ParameterNotDefinedException(id + " has no table on " + date));
    }

    /**
     * A year-labelled table (figures for one plan year, keyed January 1 of it): the table dated January 1 of
     * {@code year} only, never an earlier year's carried forward; "not modelled" naming the years held otherwise.
     */
    public Table tableForYear(String id, int year) {
        LocalDate date = LocalDate.of(year, 1, 1);
        Parameter parameter = typed(id, ParameterType.TABLE);
        Optional<Object> table = parameter.values().asMap().get(date);
        if (table == null || table.isEmpty()) {
            throw new ParameterNotDefinedException(id + " has no figures for " + year + " (it holds "
                    + parameter.values().asMap().entrySet().stream().filter(e -> e.getValue().isPresent())
                            .map(e -> String.valueOf(e.getKey().getYear())).collect(java.util.stream.Collectors.joining(", "))
                    + ")");
        }
        return (Table) table.get();
    }

    /** The poverty guideline for a household of {@code size} in the table {@code id} labelled with {@code year}. */
    public BigDecimal povertyGuideline(String id, int year, int size) {
        LocalDate date = LocalDate.of(year, 1, 1);
        return ((PovertyGuideline) typed(id, ParameterType.POVERTY_GUIDELINE).at(date)
                .orElseThrow(() -> new ParameterNotDefinedException(id + " has no guideline for " + year)))
                .forSize(size);
    }

    /**
     * The poverty guideline in effect for a Medicaid or CHIP determination for coverage in {@code year} (42 CFR 435.4:
     * the guideline "as in effect for the applicable budget period"); see {@link #guidelineYearInEffect}.
     */
    public BigDecimal povertyGuidelineInEffect(String id, int year, int size) {
        return povertyGuideline(id, guidelineYearInEffect(id, year), size);
    }

    /**
     * The year of the guidelines in effect for coverage in {@code year}: that year's when held. A year's guidelines
     * are published in its January or February and the year before's stay in effect until then, so while the
     * coverage year's are not yet published (not held, and the year before's are the last held) the year before's
     * answer. Any other gap is "not modelled", naming the parameter and year.
     */
    public int guidelineYearInEffect(String id, int year) {
        var held = typed(id, ParameterType.POVERTY_GUIDELINE).values().asMap();
        Optional<Object> own = held.get(LocalDate.of(year, 1, 1));
        boolean notYetPublished = (own == null || own.isEmpty()) && held.lastKey().getYear() == year - 1
                && held.lastEntry().getValue().isPresent();
        return notYetPublished ? year - 1 : year;
    }

    private Parameter typed(String id, ParameterType type) {
        Parameter parameter = parameter(id);
        if (parameter.type() != type) {
            throw new ParameterNotDefinedException(id + " is a " + parameter.type() + ", not a " + type);
        }
        return parameter;
    }
}
