package org.acarules.definitions;

import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Values in force from their dates on. A standing value applies until the next date. An annual value (a parameter
 * with {@code valid_for: year}: a figure the law sets for each year) applies only in the year it is dated, or through
 * the last year its entry names ({@code through}), so a year without its own figure is "not modelled", never the
 * year before's carried forward.
 */
public final class DatedValues {
    private final NavigableMap<LocalDate, Optional<Object>> values;
    /** Annual values only: the last day each dated value applies; null for standing values. */
    private final NavigableMap<LocalDate, LocalDate> lastDays;

    DatedValues(Map<LocalDate, Optional<Object>> values) {
        this(values, null);
    }

    DatedValues(Map<LocalDate, Optional<Object>> values, Map<LocalDate, LocalDate> lastDays) {
        this.values = new TreeMap<>(values);
        this.lastDays = lastDays == null ? null : new TreeMap<>(lastDays);
    }

    public boolean annual() {
        return lastDays != null;
    }

    /** The value in force on {@code date}; empty when the law sets none ("null" in the file). */
    Optional<Object> at(LocalDate date, String what) {
        return at(date, what, null);
    }

    /** As {@link #at(LocalDate, String)} for a state's values; the message is built only when there is no value. */
    Optional<Object> at(LocalDate date, String what, String state) {
        Map.Entry<LocalDate, Optional<Object>> entry = values.floorEntry(date);
        if (entry == null) {
            throw new ParameterNotDefinedException(what + (state == null ? "" : " for " + state) + " has no value on "
                    + date + " (first value from " + values.firstKey() + ")");
        }
        if (lastDays != null && date.isAfter(lastDays.get(entry.getKey()))) {
            throw new ParameterNotDefinedException(what + (state == null ? "" : " for " + state) + " has no value for "
                    + date.getYear() + ": the law sets it for each year and " + date.getYear()
                    + "'s is not held (it holds " + heldYears() + "; a year's figure is never carried into the next)");
        }
        return entry.getValue();
    }

    /** An annual parameter's years as ranges of consecutive years ("2014-2016, 2024-2026"). */
    private String heldYears() {
        java.util.List<int[]> ranges = new java.util.ArrayList<>();
        lastDays.forEach((from, last) -> {
            int[] open = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
            if (open != null && open[1] + 1 == from.getYear()) {
                open[1] = last.getYear();
            } else {
                ranges.add(new int[] {from.getYear(), last.getYear()});
            }
        });
        return ranges.stream().map(r -> r[0] == r[1] ? String.valueOf(r[0]) : r[0] + "-" + r[1])
                .collect(java.util.stream.Collectors.joining(", "));
    }

    public NavigableMap<LocalDate, Optional<Object>> asMap() {
        return java.util.Collections.unmodifiableNavigableMap(values);
    }
}
