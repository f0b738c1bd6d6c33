package org.acarules.api;

import org.acarules.requests.FieldPaths;
import org.acarules.requests.JsonFieldErrors;
import org.acarules.requests.InvalidRequestException;
import org.acarules.requests.FieldError;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import org.acarules.definitions.ParameterNotDefinedException;
import org.acarules.engine.RuleEvaluationException;
import org.acarules.engine.EvaluationDeadlineException;
import org.acarules.engine.RunawayRulesException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error becomes {"errors": [{"field", "message"}]}: 400 for bad input, 422 for what the rules do not model, 500
 * with an error id only for a fault of the service (see {@link InternalErrors}).
 */
public class ErrorMappers {

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

    /**
     * Quarkus wraps a body it cannot read; unwrap it so the client learns which field is wrong. The others are
     * RESTEasy's own 404/405/406/415, whose messages name annotations ("did not match the value in @Consumes"):
     * answered in words instead.
     */
    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpHeaders headers) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return unreadable(json);
            }
        }
        int status = e.getResponse().getStatus();
        return switch (status) {
            case 404 -> respond(status, ErrorResponse.of("", "not found: no such resource"));
            case 405 -> respond(status, ErrorResponse.of("", "this method is not allowed on this resource"));
            case 406 -> respond(status, ErrorResponse.of("", "cannot answer in the media type the Accept header asks for"));
            case 415 -> respond(status, ErrorResponse.of("Content-Type", "Content-Type '"
                    + headers.getHeaderString(HttpHeaders.CONTENT_TYPE) + "' is not accepted here (JSON bodies: application/json)"));
            default -> status >= 500 ? InternalErrors.respond(e, "HTTP " + status, "internal error", null)
                    : respond(status, ErrorResponse.of("", describe(status)));
        };
    }

    private static String describe(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known == null ? "request refused" : known.getReasonPhrase().toLowerCase(java.util.Locale.ROOT);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        return respond(Response.Status.BAD_REQUEST, new ErrorResponse(List.of(JsonFieldErrors.of(e))));
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
        return respond(422, ErrorResponse.of(e.field(), "not modelled: " + e.getMessage()));
    }

    /** A looping ruleset: the code (rules_looping) lets the scenario runner and clients recognise it. */
    @ServerExceptionMapper
    public Response runaway(RunawayRulesException e) {
        return InternalErrors.respond(e, "rules looping", e.getMessage(), RunawayRulesException.CODE);
    }

    /** 503: the rules took longer than the deadline allows; the worker is free again and a retry may succeed. */
    @ServerExceptionMapper
    public Response deadline(EvaluationDeadlineException e) {
        return respond(Response.Status.SERVICE_UNAVAILABLE.getStatusCode(),
                new ErrorResponse(List.of(new FieldError("", e.getMessage(), EvaluationDeadlineException.CODE))));
    }

    /** A rule threw: the rule's name goes to the log with the error id, never into the answer. */
    @ServerExceptionMapper
    public Response ruleFault(RuleEvaluationException e) {
        return InternalErrors.respond(e, "rule evaluation failed in rule '" + e.rule() + "'", "internal error", null);
    }

    /** Jackson cannot build one of our types: a fault of the type, not of the request. */
    @ServerExceptionMapper
    public Response badDefinition(InvalidDefinitionException e) {
        return InternalErrors.respond(e, "JSON type definition", "internal error", null);
    }

    /** Anything not mapped above is a fault of the service: an error id for the caller, the trace for the log. */
    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        return InternalErrors.respond(e, "unexpected", "internal error", null);
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
        return FieldPaths.snake(field);
    }

}
