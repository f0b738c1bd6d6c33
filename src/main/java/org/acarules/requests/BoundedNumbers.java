package org.acarules.requests;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.util.AccessPattern;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;
import org.acarules.definitions.NumberLimits;

/**
 * Every number read from a JSON body, in one place: a decimal (BigDecimal, Double) outside {@link NumberLimits} and an
 * integer (Integer, Long) that is not whole or does not fit its type are refused with a
 * {@link NumberOutOfRangeException} naming the field, instead of overflowing in a rule, truncating 2.5 to 2 or reading
 * 1e309 as infinity. Text, null and the other tokens are read by Jackson's own deserializers as before.
 */
final class BoundedNumbers extends SimpleModule {

    BoundedNumbers() {
        super("bounded-numbers");
        addDeserializer(BigDecimal.class, new Decimals());
        addDeserializer(Double.class, doubles(Double.class, new NumberDeserializers.DoubleDeserializer(Double.class, null)));
        addDeserializer(double.class, doubles(Double.TYPE, new NumberDeserializers.DoubleDeserializer(Double.TYPE, 0.0)));
        addDeserializer(Integer.class, ints(Integer.class, new NumberDeserializers.IntegerDeserializer(Integer.class, null)));
        addDeserializer(int.class, ints(Integer.TYPE, new NumberDeserializers.IntegerDeserializer(Integer.TYPE, 0)));
        addDeserializer(Long.class, longs(Long.class, new NumberDeserializers.LongDeserializer(Long.class, null)));
        addDeserializer(long.class, longs(Long.TYPE, new NumberDeserializers.LongDeserializer(Long.TYPE, 0L)));
    }

    private static boolean number(JsonParser p) {
        return p.hasToken(JsonToken.VALUE_NUMBER_INT) || p.hasToken(JsonToken.VALUE_NUMBER_FLOAT);
    }

    /** The number token exactly; 1e9999999999 (an exponent no decimal holds) is out of range, not a parser fault. */
    private static BigDecimal decimal(JsonParser p, Class<?> type) throws IOException {
        try {
            return p.getDecimalValue();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new NumberOutOfRangeException(p, NumberLimits.OUT_OF_RANGE, type);
        }
    }

    private static BigDecimal checked(JsonParser p, BigDecimal value, Class<?> type) throws NumberOutOfRangeException {
        String problem = value == null ? null : NumberLimits.problem(value);
        if (problem != null) {
            throw new NumberOutOfRangeException(p, problem, type);
        }
        return value;
    }

    /** The JSON number as a whole number within [min, max]; 40.0 is 40, 40.5 is refused, not truncated. */
    private static long whole(JsonParser p, long min, long max, Class<?> type) throws IOException {
        BigDecimal value = decimal(p, type);
        if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
            throw new NumberOutOfRangeException(p, "must be a whole number", type);
        }
        if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new NumberOutOfRangeException(p, "out of range: must be a whole number from " + min + " to " + max, type);
        }
        return value.longValue();
    }

    private static Checked<Double> doubles(Class<Double> type, StdScalarDeserializer<Double> standard) {
        return new Checked<>(type, standard, p -> checked(p, decimal(p, type), type).doubleValue());
    }

    private static Checked<Integer> ints(Class<Integer> type, StdScalarDeserializer<Integer> standard) {
        return new Checked<>(type, standard, p -> (int) whole(p, Integer.MIN_VALUE, Integer.MAX_VALUE, type));
    }

    private static Checked<Long> longs(Class<Long> type, StdScalarDeserializer<Long> standard) {
        return new Checked<>(type, standard, p -> whole(p, Long.MIN_VALUE, Long.MAX_VALUE, type));
    }

    private static final class Decimals extends NumberDeserializers.BigDecimalDeserializer {
        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return checked(p, number(p) ? decimal(p, BigDecimal.class) : super.deserialize(p, ctxt), BigDecimal.class);
        }
    }

    /** A number token read exactly and checked; any other token (text, null) read by Jackson's own deserializer. */
    private static final class Checked<T> extends StdScalarDeserializer<T> {
        private final StdScalarDeserializer<T> standard;
        private final NumberReader<T> reader;

        Checked(Class<T> type, StdScalarDeserializer<T> standard, NumberReader<T> reader) {
            super(type);
            this.standard = standard;
            this.reader = reader;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (number(p)) {
                return reader.read(p);
            }
            T value = standard.deserialize(p, ctxt); // text such as "12.5"; "NaN" and "1e999" become doubles here
            if (value instanceof Double d) {
                checked(p, Double.isFinite(d) ? BigDecimal.valueOf(d) : NumberLimits.MAX_MAGNITUDE, handledType());
            }
            return value;
        }

        @Override
        public T getNullValue(DeserializationContext ctxt) throws JsonMappingException {
            return standard.getNullValue(ctxt);
        }

        @Override
        public Object getEmptyValue(DeserializationContext ctxt) throws JsonMappingException {
            return standard.getEmptyValue(ctxt);
        }

        @Override
        public AccessPattern getNullAccessPattern() {
            return standard.getNullAccessPattern();
        }

        @Override
        public LogicalType logicalType() {
            return standard.logicalType();
        }
    }

    @FunctionalInterface
    private interface NumberReader<T> {
        T read(JsonParser p) throws IOException;
    }
}
