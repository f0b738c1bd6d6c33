package org.acarules.engine;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;

/** A fact a rule matched, for a trace: its type and its values (record components), read only when a trace is asked for. */
public record MatchedFact(String type, Map<String, Object> values) {

    static MatchedFact of(Object fact) {
        Map<String, Object> values = new LinkedHashMap<>();
        Class<?> type = fact.getClass();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                try {
                    Object value = component.getAccessor().invoke(fact);
                    values.put(component.getName(), simple(value));
                } catch (ReflectiveOperationException e) {
                    values.put(component.getName(), "(unreadable)");
                }
            }
        } else {
            values.put("value", String.valueOf(fact));
        }
        return new MatchedFact(type.getSimpleName(), values);
    }

    /** Numbers, text, booleans and dates as they are; anything else (nested objects) as text. */
    private static Object simple(Object value) {
        if (value == null || value instanceof Number || value instanceof Boolean || value instanceof CharSequence
                || value instanceof Enum<?> || value instanceof java.time.temporal.Temporal) {
            return value instanceof Enum<?> e ? e.name().toLowerCase(java.util.Locale.ROOT) : value;
        }
        return String.valueOf(value);
    }
}
