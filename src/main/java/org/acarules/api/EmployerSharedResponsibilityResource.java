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
import org.acarules.taxyear.employer.EmployerSharedResponsibilityRequest;
import org.acarules.taxyear.employer.EmployerSharedResponsibilityResponse;
import org.acarules.taxyear.employer.EmployerSharedResponsibilityService;
import org.eclipse.microprofile.openapi.annotations.Operation;

@AcceptsParameterOverrides
@Path("/api/v1/employer-shared-responsibility")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@PermitAll // who may call is decided by the "evaluation" HTTP policy (EvaluationAccessPolicy)
public class EmployerSharedResponsibilityResource {
    @Inject
    EmployerSharedResponsibilityService service;

    @POST
    @Operation(summary = "Section 4980H employer shared responsibility payment: ALE status, monthly 4980H(a)/(b) amounts, totals, with reasons")
    public EmployerSharedResponsibilityResponse evaluate(
            @NotNull(message = "a JSON body is required") @Valid EmployerSharedResponsibilityRequest request,
            @QueryParam("trace") boolean trace) {
        return service.evaluate(request, trace);
    }
}
