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
import org.acarules.taxyear.mandate.SharedResponsibilityPaymentRequest;
import org.acarules.taxyear.mandate.SharedResponsibilityPaymentResponse;
import org.acarules.taxyear.mandate.SharedResponsibilityPaymentService;
import org.eclipse.microprofile.openapi.annotations.Operation;

@AcceptsParameterOverrides
@Path("/api/v1/shared-responsibility-payment")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@PermitAll // who may call is decided by the "evaluation" HTTP policy (EvaluationAccessPolicy)
public class SharedResponsibilityPaymentResource {
    @Inject
    SharedResponsibilityPaymentService service;

    @POST
    @Operation(summary = "Individual shared responsibility payment (26 USC 5000A) for a tax year, month by month, with exemptions and reasons; state mandates from 2019")
    public SharedResponsibilityPaymentResponse evaluate(
            @NotNull(message = "a JSON body is required") @Valid SharedResponsibilityPaymentRequest request,
            @QueryParam("trace") boolean trace) {
        return service.evaluate(request, trace);
    }
}
