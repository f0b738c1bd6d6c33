package org.acarules.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A path or query parameter holding the NUL character (%00) names nothing the service has (versions are hashes, ids
 * are numbers or the caller's external ids, which refuse it too), and PostgreSQL cannot even be asked about it: 400,
 * before any resource runs.
 */
public class NulInPath {
    private static final char NUL = 0;

    @ServerRequestFilter(preMatching = true)
    public Response refuse(ContainerRequestContext request) {
        if (request.getUriInfo().getPath().indexOf(NUL) >= 0) {
            return badRequest("path");
        }
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters().entrySet()) {
            if (parameter.getKey().indexOf(NUL) >= 0 || parameter.getValue().stream().anyMatch(v -> v.indexOf(NUL) >= 0)) {
                return badRequest(parameter.getKey().replace(NUL, '?'));
            }
        }
        return null;
    }

    private static Response badRequest(String field) {
        return Response.status(400).type(MediaType.APPLICATION_JSON)
                .entity(ErrorResponse.of(field, "must not contain the NUL character (%00)")).build();
    }
}
