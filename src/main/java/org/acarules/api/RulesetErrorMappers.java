package org.acarules.api;

import org.acarules.requests.FieldError;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.acarules.engine.InvalidContentException;
import org.acarules.engine.ContentTooLargeException;
import org.acarules.rulesets.RulesetConflictException;
import org.acarules.rulesets.RulesetNotFoundException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Ruleset workflow errors: unknown version 404, refused in the current state 409, bad draft 400, too large 413. */
public class RulesetErrorMappers {

    @ServerExceptionMapper
    public Response notFound(RulesetNotFoundException e) {
        return respond(404, ErrorResponse.of("version", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response conflict(RulesetConflictException e) {
        return respond(409, ErrorResponse.of("", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response invalidContent(InvalidContentException e) {
        List<FieldError> errors = e.problems().stream().map(p -> new FieldError("files", p)).toList();
        return respond(400, new ErrorResponse(errors));
    }

    @ServerExceptionMapper
    public Response tooLarge(ContentTooLargeException e) {
        return respond(413, ErrorResponse.of("body", e.getMessage()));
    }

    private static Response respond(int status, ErrorResponse body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(body).build();
    }
}
