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
import org.acarules.eligibility.MarketplacePlan;
import org.acarules.eligibility.MarketplaceRequest;
import org.acarules.eligibility.MarketplaceService;
import org.acarules.plans.benchmark.BenchmarkService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Benchmark plans from the catalogue for a CMS Marketplace API body, answered as CMS's plan object. */
@AcceptsParameterOverrides
@Path("/api/v1/households")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@PermitAll // who may call is decided by the "evaluation" HTTP policy (EvaluationAccessPolicy)
public class BenchmarkResource {
    @Inject
    MarketplaceService marketplace;

    @POST
    @Path("/slcsp")
    @Operation(summary = "Second-lowest-cost silver plan and its premium for the household (26 CFR 1.36B-3(f)), as CMS's plan object")
    public MarketplacePlan slcsp(@NotNull(message = "a JSON body is required") @Valid MarketplaceRequest request,
            @QueryParam("year") Integer year) {
        return marketplace.benchmarkPlan(BenchmarkService.SLCSP, request, year);
    }

    @POST
    @Path("/lcbp")
    @Operation(summary = "Lowest-cost bronze plan and its premium for the household, as CMS's plan object")
    public MarketplacePlan lcbp(@NotNull(message = "a JSON body is required") @Valid MarketplaceRequest request,
            @QueryParam("year") Integer year) {
        return marketplace.benchmarkPlan(BenchmarkService.LCBP, request, year);
    }
}
