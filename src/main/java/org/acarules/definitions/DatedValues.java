package org.acarules.definitions;

import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/** Values in force from their dates on; a value applies until the next date. */
public final class DatedValues {
    private final NavigableMap<LocalDate, Optional<Object>> values;

    DatedValues(Map<LocalDate, Optional<Object>> values) {
        this.values = new TreeMap<>(values);
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
        return entry.getValue();
    }

    public NavigableMap<LocalDate, Optional<Object>> asMap() {
        return java.util.Collections.unmodifiableNavigableMap(values);
    }
}
