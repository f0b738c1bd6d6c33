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
import org.acarules.eligibility.EligibilityRequest;
import org.acarules.eligibility.EligibilityResponse;
import org.acarules.eligibility.EligibilityService;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/v1/eligibility")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@PermitAll // who may call is decided by the "evaluation" HTTP policy (EvaluationAccessPolicy)
public class EligibilityResource {
    @Inject
    EligibilityService service;

    @POST
    @Operation(summary = "Medicaid, CHIP, premium tax credit, CSR and catastrophic eligibility for each person of a household, with reasons")
    public EligibilityResponse evaluate(@NotNull(message = "a JSON body is required") @Valid EligibilityRequest request,
            @QueryParam("trace") boolean trace) {
        return service.evaluate(request, trace);
    }
}
