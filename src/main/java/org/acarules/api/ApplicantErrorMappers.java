package org.acarules.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.acarules.applicants.ApplicantNotFoundException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Unknown applicant, decision or re-evaluation ids: 404. */
public class ApplicantErrorMappers {

    @ServerExceptionMapper
    public Response notFound(ApplicantNotFoundException e) {
        return Response.status(404).type(MediaType.APPLICATION_JSON).entity(ErrorResponse.of("id", e.getMessage())).build();
    }
}
