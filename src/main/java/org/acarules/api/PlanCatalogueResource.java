package org.acarules.api;

import org.acarules.requests.InvalidRequestException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.acarules.plans.catalogue.ImportReport;
import org.acarules.plans.catalogue.MetalLevel;
import org.acarules.plans.catalogue.PlanCatalogue;
import org.acarules.plans.catalogue.PlanEntity;
import org.acarules.plans.catalogue.PlanInput;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The plan catalogue: plans and county rating areas by plan year, posted as JSON or imported as CSV. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class PlanCatalogueResource {
    @Inject
    PlanCatalogue catalogue;

    public record PlansRequest(@NotNull @Size(min = 1, max = 10_000) List<@NotNull @Valid PlanInput> plans) {
    }

    public record StoredCount(int stored) {
    }

    public record CatalogueEntry(int planYear, String planId, String issuer, String state, String ratingArea,
            String metalLevel, java.math.BigDecimal age21Premium, java.math.BigDecimal ehbShare,
            boolean coversPediatricDental, boolean illustrative) {
        static CatalogueEntry of(PlanEntity p) {
            return new CatalogueEntry(p.planYear, p.planId, p.issuer, p.state, p.ratingArea, p.metalLevel,
                    p.age21Premium, p.ehbShare, p.coversPediatricDental, p.illustrative);
        }
    }

    @POST
    @Path("/plans")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add or replace plans (by plan year and plan id)")
    public StoredCount store(@NotNull(message = "a JSON body is required") @Valid PlansRequest request) {
        return new StoredCount(catalogue.store(request.plans()));
    }

    @POST
    @Path("/plans/import")
    @RolesAllowed(Roles.ADMIN)
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Import plans from CSV (CMS rate/plan-attributes PUF column names); bad rows reported by line")
    public ImportReport importPlans(InputStream csv) {
        return catalogue.importPlans(reader(csv));
    }

    @POST
    @Path("/rating-areas/import")
    @RolesAllowed(Roles.ADMIN)
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Import the county-to-rating-area map from CSV (BusinessYear, StateCode, CountyFIPS, RatingAreaId)")
    public ImportReport importRatingAreas(InputStream csv) {
        return catalogue.importRatingAreas(reader(csv));
    }

    @GET
    @Path("/plans")
    @RolesAllowed({Roles.CLIENT, Roles.ANALYST, Roles.ADMIN})
    @Operation(summary = "Plans offered in a state (and rating area, metal level) for a plan year, cheapest first")
    public List<CatalogueEntry> plans(@QueryParam("year") Integer year, @QueryParam("state") String state,
            @QueryParam("rating_area") String ratingArea, @QueryParam("metal_level") String metal) {
        if (year == null || state == null) {
            throw new InvalidRequestException(year == null ? "year" : "state", "required");
        }
        MetalLevel level = metal == null ? null : MetalLevel.parse(metal)
                .orElseThrow(() -> new InvalidRequestException("metal_level", "unknown metal level '" + metal + "'"));
        return catalogue.plans(year, state, ratingArea, level).stream().map(CatalogueEntry::of).toList();
    }

    private static BufferedReader reader(InputStream csv) {
        return new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8));
    }
}
