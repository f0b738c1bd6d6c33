package org.acarules.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
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
        return respond(Response.Status.BAD_REQUEST, new ErrorResponse(java.util.List.of(JsonFieldErrors.of(e))));
    }

    /** A request over a configured size limit (aca.limits.*): 413 naming the limit and its setting. */
    @ServerExceptionMapper
    public Response tooLarge(org.acarules.limits.LimitExceededException e) {
        return respond(413, new ErrorResponse(List.of(new FieldError(e.field(), e.getMessage(), "limit_exceeded"))));
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
        return respond(Response.Status.INTERNAL_SERVER_ERROR.getStatusCode(),
                new ErrorResponse(List.of(new FieldError("", e.getMessage(), RunawayRulesException.CODE))));
    }

    @ServerExceptionMapper
    public Response ruleFault(RuleEvaluationException e) {
        // Drools' messages may print facts (ages, incomes): log where it failed, never the data
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        StackTraceElement at = root.getStackTrace().length > 0 ? root.getStackTrace()[0] : null;
        LOG.errorf("rule evaluation failed: %s at %s", root.getClass().getName(), at);
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
}
