package org.acarules.requests;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** JSON that cannot be read, as a field error: the JSON path of the field and what is wrong with it. */
public final class JsonFieldErrors {
    private JsonFieldErrors() {
    }

    public static FieldError of(JsonProcessingException e) {
        String field = e instanceof JsonMappingException mapping ? path(mapping) : "";
        String message;
        if (e instanceof UnrecognizedPropertyException unknown) {
            message = "unknown field '" + unknown.getPropertyName() + "'";
        } else if (e instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            message = "'" + format.getValue() + "' is not one of " + Arrays.stream(format.getTargetType().getEnumConstants())
                    .map(c -> c.toString().toLowerCase(java.util.Locale.ROOT)).collect(Collectors.joining(", "));
        } else if (e instanceof InvalidFormatException format) {
            message = "'" + format.getValue() + "' is not a valid " + format.getTargetType().getSimpleName();
        } else if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            message = "expected " + describe(mismatch.getTargetType());
        } else {
            message = "malformed JSON: " + e.getOriginalMessage();
        }
        return new FieldError(field, message);
    }

    private static String describe(Class<?> type) {
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
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
