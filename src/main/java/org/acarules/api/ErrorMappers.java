package org.acarules.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.acarules.definitions.ParameterNotDefinedException;
import org.acarules.engine.RuleEvaluationException;
import org.acarules.engine.RunawayRulesException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error becomes {"errors": [{"field", "message"}]}: 400 for bad input, 422 for what the rules do not model. */
public class ErrorMappers {
    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @ServerExceptionMapper
    public Response invalid(InvalidRequestException e) {
        return respond(Response.Status.BAD_REQUEST, new ErrorResponse(e.errors()));
    }

    @ServerExceptionMapper
    public Response violations(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field)).toList();
        return respond(Response.Status.BAD_REQUEST, new ErrorResponse(errors));
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return unreadable(e);
    }

    @ServerExceptionMapper
    public Response malformed(JsonParseException e) {
        return unreadable(e);
    }

    /** Quarkus wraps a body it cannot read; unwrap it so the client learns which field is wrong. */
    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return unreadable(json);
            }
        }
        int status = e.getResponse().getStatus();
        return respond(status, ErrorResponse.of("", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
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
        return respond(Response.Status.BAD_REQUEST, ErrorResponse.of(field, message));
    }

    @ServerExceptionMapper
    public Response notModelled(ParameterNotDefinedException e) {
        return respond(422, ErrorResponse.of("", "not modelled: " + e.getMessage()));
    }

    @ServerExceptionMapper
    public Response notModelled(org.acarules.definitions.NotModelledException e) {
        return respond(422, ErrorResponse.of("", "not modelled: " + e.getMessage()));
    }

    @ServerExceptionMapper
    public Response runaway(RunawayRulesException e) {
        LOG.error(e.getMessage());
        return respond(Response.Status.INTERNAL_SERVER_ERROR.getStatusCode(), ErrorResponse.of("", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response ruleFault(RuleEvaluationException e) {
        LOG.error("rule evaluation failed", e);
        return respond(Response.Status.INTERNAL_SERVER_ERROR.getStatusCode(), ErrorResponse.of("", e.getMessage()));
    }

    private static Response respond(Response.Status status, ErrorResponse body) {
        return respond(status.getStatusCode(), body);
    }

    private static Response respond(int status, ErrorResponse body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(body).build();
    }

    /** "evaluate.request.household.people[0].isPregnant" -> "household.people[0].is_pregnant". */
    static String fieldOf(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.", 3);
        String field = parts.length == 3 ? parts[2] : "";
        field = field.replace(".<list element>", "").replace("<list element>", "");
        return snake(field);
    }

    public static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
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
        if (type == String.class || type.isEnum() || type == java.time.LocalDate.class) {
            return type == java.time.LocalDate.class ? "a date (YYYY-MM-DD)" : "a string";
        }
        return "an object";
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
