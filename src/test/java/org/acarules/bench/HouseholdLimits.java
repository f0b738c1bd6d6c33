package org.acarules.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.acarules.definitions.ParameterStore;

/**
 * Benchmark only (issue 17's "parameters resolved once per household"): a fact holding the household's parameters,
 * each looked up in the {@link ParameterStore} the first time a rule reads it and then read from a small map. The
 * variant rules {@code src/bench/params-once.py} writes read it ({@code $lim.atMost(ratio, "...")}) instead of calling
 * the store with the household's state and date in every constraint. Failures (a parameter not modelled) are not
 * kept, so they are thrown on every read, as the store does.
 */
public final class HouseholdLimits {
    private static final Object NONE = new Object();

    private final ParameterStore params;
    private final String state;
    private final LocalDate coverageDate;
    private final Map<String, Object> stateNumbers = new HashMap<>();
    private final Map<String, Object> numbers = new HashMap<>();
    private final Map<String, Integer> integers = new HashMap<>();

    public HouseholdLimits(ParameterStore params, String state, LocalDate coverageDate) {
        this.params = params;
        this.state = state;
        this.coverageDate = coverageDate;
    }

    /** As {@code params.atMost(x, id, state, coverageDate)}. */
    public boolean atMost(BigDecimal x, String id) {
        BigDecimal limit = stateNumber(id);
        return limit != null && x.compareTo(limit) <= 0;
    }

    /** As {@code params.integer(id, coverageDate)}. */
    public int integer(String id) {
        Integer value = integers.get(id);
        if (value == null) {
            value = params.integer(id, coverageDate);
            integers.put(id, value);
        }
        return value;
    }

    /** As {@code params.number(id, coverageDate)}. */
    public BigDecimal number(String id) {
        Object value = numbers.get(id);
        if (value == null) {
            BigDecimal found = params.number(id, coverageDate);
            value = found == null ? NONE : found;
            numbers.put(id, value);
        }
        return value == NONE ? null : (BigDecimal) value;
    }

    private BigDecimal stateNumber(String id) {
        Object value = stateNumbers.get(id);
        if (value == null) {
            BigDecimal found = params.number(id, state, coverageDate);
            value = found == null ? NONE : found;
            stateNumbers.put(id, value);
        }
        return value == NONE ? null : (BigDecimal) value;
    }
}
