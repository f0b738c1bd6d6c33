package org.acarules.api;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.acarules.plans.enrollment.EnrollmentRequest;
import org.acarules.plans.enrollment.EnrollmentResponse;
import org.acarules.plans.enrollment.EnrollmentService;
import org.eclipse.microprofile.openapi.annotations.Operation;

@AcceptsParameterOverrides
@Path("/api/v1/enrollment")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@PermitAll // who may call is decided by the "evaluation" HTTP policy (EvaluationAccessPolicy)
public class EnrollmentResource {
    @Inject
    EnrollmentService service;

    @POST
    @Operation(summary = "May this person enroll now: the plan year's open enrollment, special enrollment periods and deadlines, and the coverage effective date, with reasons")
    public EnrollmentResponse evaluate(@NotNull(message = "a JSON body is required") @Valid EnrollmentRequest request,
            @QueryParam("trace") boolean trace) {
        return service.evaluate(request, trace);
    }
}
