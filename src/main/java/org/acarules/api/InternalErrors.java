package org.acarules.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.acarules.requests.FieldError;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * A fault of the service, not of the request: the caller gets a 500 with an error id to quote and nothing else (no
 * Java class, no rule internals); the log gets the id, what failed and the stack trace, once. The trace is written
 * with class names and frames but without exception messages, which may carry request data (Drools prints facts:
 * ages, incomes).
 */
final class InternalErrors {
    private static final Logger LOG = Logger.getLogger(InternalErrors.class);

    private InternalErrors() {
    }

    /** Logs {@code e} under a new error id and answers 500 with {@code message} and the id. */
    static Response respond(Throwable e, String what, String message, String code) {
        String id = UUID.randomUUID().toString();
        LOG.errorf("error id %s: %s%n%s", id, what, trace(e));
        FieldError error = new FieldError("", message + "; quote error id " + id, code);
        return Response.status(Response.Status.INTERNAL_SERVER_ERROR).type(MediaType.APPLICATION_JSON)
                .entity(new ErrorResponse(List.of(error), id)).build();
    }

    static String trace(Throwable e) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (Throwable t = e; t != null && depth++ < 20; t = t.getCause()) {
            out.append(t == e ? "" : "Caused by: ").append(t.getClass().getName()).append('\n');
            for (StackTraceElement frame : t.getStackTrace()) {
                out.append("\tat ").append(frame).append('\n');
            }
        }
        return out.toString();
    }
}
