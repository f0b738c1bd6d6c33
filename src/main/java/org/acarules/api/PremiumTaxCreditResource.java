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
import org.acarules.taxyear.ptc.PremiumTaxCreditRequest;
import org.acarules.taxyear.ptc.PremiumTaxCreditResponse;
import org.acarules.taxyear.ptc.PremiumTaxCreditService;
import org.eclipse.microprofile.openapi.annotations.Operation;

@AcceptsParameterOverrides
@Path("/api/v1/premium-tax-credit")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@PermitAll // who may call is decided by the "evaluation" HTTP policy (EvaluationAccessPolicy)
public class PremiumTaxCreditResource {
    @Inject
    PremiumTaxCreditService service;

    @POST
    @Operation(summary = "Premium tax credit reconciliation (Form 8962): credit, advance payments, net credit or repayment, line by line, with reasons")
    public PremiumTaxCreditResponse reconcile(@NotNull(message = "a JSON body is required") @Valid PremiumTaxCreditRequest request,
            @QueryParam("trace") boolean trace) {
        return service.reconcile(request, trace);
    }
}
