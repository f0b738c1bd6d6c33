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
import org.acarules.plans.compliance.PlanComplianceRequest;
import org.acarules.plans.compliance.PlanComplianceResponse;
import org.acarules.plans.compliance.PlanComplianceService;
import org.eclipse.microprofile.openapi.annotations.Operation;

@AcceptsParameterOverrides
@Path("/api/v1/plans/compliance")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@PermitAll // who may call is decided by the "evaluation" HTTP policy (EvaluationAccessPolicy)
public class PlanComplianceResource {
    @Inject
    PlanComplianceService service;

    @POST
    @Operation(summary = "Whether a plan complies with the ACA market reforms for a plan year, whether it is grandfathered or transitional, and whether the enrollee can renew it")
    public PlanComplianceResponse check(@NotNull(message = "a JSON body is required") @Valid PlanComplianceRequest request,
            @QueryParam("trace") boolean trace) {
        return service.evaluate(request, trace);
    }
}
