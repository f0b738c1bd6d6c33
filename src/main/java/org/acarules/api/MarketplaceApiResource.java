package org.acarules.api;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import org.acarules.eligibility.EligibilityRequest;
import org.acarules.eligibility.MarketplaceEstimates;
import org.acarules.eligibility.MarketplaceService;
import org.acarules.eligibility.PovertyLevel;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Endpoints shaped like HealthCare.gov's Marketplace API, for clients written against it. */
@Path("/api/v1/households")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll // who may call is decided by the "evaluation" HTTP policy (EvaluationAccessPolicy)
public class MarketplaceApiResource {
    @Inject
    MarketplaceService service;

    @POST
    @Path("/eligibility/estimates")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "APTC, CSR, hardship exemption and Medicaid/CHIP estimates per person (Marketplace API shape)")
    public MarketplaceEstimates estimates(@NotNull(message = "a JSON body is required") @Valid EligibilityRequest request) {
        return service.estimates(request);
    }

    @GET
    @Path("/pcfpl")
    @Operation(summary = "Household income as a percent of the poverty guideline used for the premium tax credit")
    public PovertyLevel povertyLevel(@QueryParam("year") Integer year, @QueryParam("state") String state,
            @QueryParam("size") Integer size, @QueryParam("income") BigDecimal income) {
        return service.povertyLevel(year, state, size, income);
    }
}
