package org.acarules.requests;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.acarules.definitions.NumberLimits;

/**
 * JSON that cannot be read, as a field error: the JSON path of the field and what is wrong with it, in words a caller
 * understands. Jackson's own messages name its classes and switches ("enable JsonReadFeature..."), so they are never
 * passed on: each kind of failure is recognised and described here, and anything unrecognised is "not valid JSON".
 */
public final class JsonFieldErrors {
    private static final int MAX_ECHOED = 40;
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:field|Object property) '(.*)'", Pattern.DOTALL);
    private static final Pattern UNEXPECTED = Pattern.compile("Unexpected character \\('(.{1,2})' \\(code");
    private static final Pattern UNRECOGNIZED = Pattern.compile("Unrecognized token '([^']*)'");

    private JsonFieldErrors() {
    }

    public static FieldError of(JsonProcessingException e) {
        String field = e instanceof JsonMappingException mapping ? path(mapping) : "";
        JsonProcessingException root = e;
        while (root.getCause() instanceof JsonProcessingException cause && cause != root) {
            root = cause;
        }
        if (root instanceof StreamConstraintsException limit) {
            return new FieldError(field, beyondLimit(limit));
        }
        if (!(root instanceof JsonMappingException)) {
            return syntax(field, root);
        }
        return new FieldError(field, mapping(root, e));
    }

    /** The body is JSON, but a value does not fit its field. */
    private static String mapping(JsonProcessingException root, JsonProcessingException e) {
        if (root instanceof RefusedValueException range) {
            return range.problem();
        }
        if (root.getCause() instanceof NumberFormatException || root.getCause() instanceof ArithmeticException) {
            return NumberLimits.OUT_OF_RANGE; // 1e9999999999: an exponent beyond what a decimal can hold
        }
        if (root instanceof UnrecognizedPropertyException unknown) {
            return "unknown field '" + echo(unknown.getPropertyName()) + "'";
        }
        if (root instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            return "'" + echo(format.getValue()) + "' is not one of " + Arrays.stream(format.getTargetType().getEnumConstants())
                    .map(c -> c.toString().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
        }
        if (root instanceof InvalidFormatException format && format.getTargetType() != null) {
            return "'" + echo(format.getValue()) + "' is not " + describe(format.getTargetType());
        }
        if (root instanceof ValueInstantiationException instantiation
                && instantiation.getCause() instanceof InvalidRequestException invalid && !invalid.errors().isEmpty()) {
            return invalid.errors().get(0).message();
        }
        if (root instanceof MismatchedInputException mismatch && String.valueOf(mismatch.getOriginalMessage())
                .startsWith("No content to map")) {
            return "a JSON body is required";
        }
        if (root instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "expected " + describe(mismatch.getTargetType());
        }
        return "is not valid here";
    }

    /** Not JSON at all: say what is wrong and where, never the parser's own words. */
    private static FieldError syntax(String field, JsonProcessingException e) {
        String original = String.valueOf(e.getOriginalMessage());
        Matcher duplicate = DUPLICATE.matcher(original);
        if (duplicate.find()) {
            String key = echo(duplicate.group(1));
            return new FieldError(field.isEmpty() ? key : field + "." + key, "'" + key + "' is given more than once");
        }
        String what;
        Matcher unexpected = UNEXPECTED.matcher(original);
        Matcher unrecognized = UNRECOGNIZED.matcher(original);
        if (original.contains("Non-standard token")) {
            what = "NaN and Infinity are not numbers in JSON";
        } else if (original.contains("Invalid UTF")) {
            what = "the body is not valid UTF-8 text";
        } else if (original.contains("end-of-input")) {
            what = "the JSON ends too early";
        } else if (original.contains("numeric value") || original.contains("Leading zeroes") || original.contains("Invalid numeric")) {
            what = "a number is not written as JSON numbers are";
        } else if (original.contains("Illegal unquoted character")) {
            what = "a control character in text must be escaped";
        } else if (unrecognized.find()) {
            what = "'" + echo(unrecognized.group(1)) + "' is not a JSON value (text needs double quotes)";
        } else if (unexpected.find()) {
            what = "unexpected character '" + unexpected.group(1) + "'";
        } else {
            what = "not valid JSON";
        }
        return new FieldError(field, what + at(e.getLocation()));
    }

    private static String beyondLimit(StreamConstraintsException e) {
        String original = String.valueOf(e.getOriginalMessage());
        if (original.contains("nesting depth")) {
            return "nested more than " + JsonInputLimits.MAX_NESTING_DEPTH + " levels deep";
        }
        if (original.contains("Number")) {
            return "a number longer than " + JsonInputLimits.MAX_NUMBER_LENGTH + " characters";
        }
        if (original.contains("String")) {
            return "a text longer than " + JsonInputLimits.MAX_STRING_LENGTH + " characters";
        }
        if (original.contains("Name")) {
            return "a field name longer than " + JsonInputLimits.MAX_NAME_LENGTH + " characters";
        }
        if (original.contains("Document")) {
            return "the body is longer than " + JsonInputLimits.MAX_DOCUMENT_LENGTH + " bytes";
        }
        return "the body is beyond what a request may hold";
    }

    private static String at(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    /** A caller's value repeated in a message, cut short: an error answer is not an echo of a 10 MB text. */
    private static String echo(Object value) {
        String text = String.valueOf(value);
        return text.length() <= MAX_ECHOED ? text : text.substring(0, MAX_ECHOED) + "...";
    }

    private static String describe(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (type == java.time.LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        return type == String.class || type.isEnum() ? "a string" : "an object";
    }

    private static String path(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.toString();
    }
}
