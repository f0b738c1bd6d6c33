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
import org.acarules.plans.benchmark.BenchmarkEndpoint;
import org.acarules.plans.benchmark.BenchmarkRequest;
import org.acarules.plans.benchmark.BenchmarkResponse;
import org.acarules.plans.benchmark.BenchmarkService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The project's own benchmark-plan endpoints: the plan, its premium, the ranking and the rules behind it, from a strict
 * household (ids and relationships). The CMS-shaped /api/v1/households/slcsp, /lcsp and /lcbp are MarketplaceApiResource's.
 */
@AcceptsParameterOverrides
@Path("/api/v1/plans/benchmark")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@PermitAll // who may call is decided by the "evaluation" HTTP policy (EvaluationAccessPolicy)
public class BenchmarkResource {
    @Inject
    BenchmarkEndpoint endpoint;

    @POST
    @Path("/slcsp")
    @Operation(summary = "Second-lowest-cost silver plan and its premium for the household (26 CFR 1.36B-3(f))")
    public BenchmarkResponse slcsp(@NotNull(message = "a JSON body is required") @Valid BenchmarkRequest request,
            @QueryParam("trace") boolean trace) {
        return endpoint.answer(BenchmarkService.SLCSP, request, trace);
    }

    @POST
    @Path("/lcsp")
    @Operation(summary = "Lowest-cost silver plan and its full premium for the household (the ICHRA affordability plan, 26 CFR 1.36B-2(c)(5))")
    public BenchmarkResponse lcsp(@NotNull(message = "a JSON body is required") @Valid BenchmarkRequest request,
            @QueryParam("trace") boolean trace) {
        return endpoint.answer(BenchmarkService.LCSP, request, trace);
    }

    @POST
    @Path("/lcbp")
    @Operation(summary = "Lowest-cost bronze plan and its premium for the household")
    public BenchmarkResponse lcbp(@NotNull(message = "a JSON body is required") @Valid BenchmarkRequest request,
            @QueryParam("trace") boolean trace) {
        return endpoint.answer(BenchmarkService.LCBP, request, trace);
    }
}
