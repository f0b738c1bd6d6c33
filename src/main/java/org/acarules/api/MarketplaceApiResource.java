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
import org.acarules.eligibility.MarketplaceIchra;
import org.acarules.eligibility.MarketplacePlan;
import org.acarules.eligibility.MarketplaceRequest;
import org.acarules.eligibility.MarketplaceService;
import org.acarules.eligibility.PovertyLevel;
import org.acarules.plans.benchmark.BenchmarkService;
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
            @QueryParam("year") Integer year, @QueryParam("trace") boolean trace) {
        return service.estimates(request, year, trace);
    }

    @POST
    @Path("/slcsp")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Second-lowest-cost silver plan and its premium for the household (26 CFR 1.36B-3(f)), as CMS's plan object")
    public MarketplacePlan slcsp(@NotNull(message = "a JSON body is required") @Valid MarketplaceRequest request,
            @QueryParam("year") Integer year) {
        return service.benchmarkPlan(BenchmarkService.SLCSP, request, year);
    }

    @POST
    @Path("/lcsp")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Lowest-cost silver plan and its premium for the household, as CMS's plan object")
    public MarketplacePlan lcsp(@NotNull(message = "a JSON body is required") @Valid MarketplaceRequest request,
            @QueryParam("year") Integer year) {
        return service.benchmarkPlan(BenchmarkService.LCSP, request, year);
    }

    @POST
    @Path("/lcbp")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Lowest-cost bronze plan and its premium for the household, as CMS's plan object")
    public MarketplacePlan lcbp(@NotNull(message = "a JSON body is required") @Valid MarketplaceRequest request,
            @QueryParam("year") Integer year) {
        return service.benchmarkPlan(BenchmarkService.LCBP, request, year);
    }

    @POST
    @Path("/ichra")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Whether an individual coverage HRA is affordable, and the lowest-cost silver premium it is measured against")
    public MarketplaceIchra ichra(@NotNull(message = "a JSON body is required") @Valid MarketplaceRequest request,
            @QueryParam("year") Integer year) {
        return service.ichra(request, year);
    }

    @GET
    @Path("/pcfpl")
    @Operation(summary = "Household income as a percent of the poverty guideline used for the premium tax credit")
    public PovertyLevel povertyLevel(@QueryParam("year") Integer year, @QueryParam("state") String state,
            @QueryParam("size") Integer size, @QueryParam("income") BigDecimal income) {
        return service.povertyLevel(year, state, size, income);
    }
}
