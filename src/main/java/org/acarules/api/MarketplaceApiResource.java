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
import org.acarules.eligibility.MarketplaceEstimates;
import org.acarules.eligibility.MarketplaceRequest;
import org.acarules.eligibility.MarketplaceService;
import org.acarules.eligibility.PovertyLevel;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * HealthCare.gov (CMS) Marketplace API household endpoints, for clients written against it: CMS's bodies, query
 * parameters ({@code apikey} is accepted and ignored) and answers. Translation lives in org.acarules.eligibility.
 */
@Path("/api/v1/households")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll // who may call is decided by the "evaluation" HTTP policy (EvaluationAccessPolicy)
public class MarketplaceApiResource {
    @Inject
    MarketplaceService service;

    @POST
    @Path("/eligibility/estimates")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "APTC, CSR, hardship exemption and Medicaid/CHIP estimates per person (a CMS Marketplace API body and answer)")
    public MarketplaceEstimates estimates(@NotNull(message = "a JSON body is required") @Valid MarketplaceRequest request,
            @QueryParam("year") Integer year) {
        return service.estimates(request, year);
    }

    @GET
    @Path("/pcfpl")
    @Operation(summary = "Household income as a percent of the poverty guideline used for the premium tax credit")
    public PovertyLevel povertyLevel(@QueryParam("year") Integer year, @QueryParam("state") String state,
            @QueryParam("size") Integer size, @QueryParam("income") BigDecimal income) {
        return service.povertyLevel(year, state, size, income);
    }
}
