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
import org.acarules.plans.premiums.PremiumRequest;
import org.acarules.plans.premiums.PremiumResponse;
import org.acarules.plans.premiums.PremiumService;
import org.eclipse.microprofile.openapi.annotations.Operation;

@AcceptsParameterOverrides
@Path("/api/v1/premiums")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@PermitAll // who may call is decided by the "evaluation" HTTP policy (EvaluationAccessPolicy)
public class PremiumResource {
    @Inject
    PremiumService service;

    @POST
    @Operation(summary = "What a household pays for a plan: per-member age and tobacco factors, the three-children rule, total and the APTC-eligible premium, with reasons")
    public PremiumResponse rate(@NotNull(message = "a JSON body is required") @Valid PremiumRequest request,
            @QueryParam("trace") boolean trace) {
        return service.rate(request, trace);
    }
}
