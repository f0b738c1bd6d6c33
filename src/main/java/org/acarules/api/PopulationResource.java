package org.acarules.api;

import org.acarules.requests.InvalidRequestException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import org.acarules.engine.ActiveRuleset;
import org.acarules.limits.LimitExceededException;
import org.acarules.population.PopulationGenerator;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A generated population of households as JSON Lines, ready for POST /api/v1/applicants (application/x-ndjson). */
@Path("/api/v1/populations/generate")
@RolesAllowed({Roles.ANALYST, Roles.ADMIN})
public class PopulationResource {
    @Inject
    ActiveRuleset active;

    /** Streamed, so memory stays flat; the limit bounds the time one request takes (about 1 s per 10,000 households). */
    @ConfigProperty(name = "aca.limits.population-size", defaultValue = "1000000")
    long maxSize;

    public record GenerateRequest(@NotNull @Min(1) Integer size, @NotNull Integer year, @NotNull Long seed) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(ApplicantResource.NDJSON)
    @Operation(summary = "Generate households from the cited distributions in benefit-definitions/population (same seed, same lines)")
    public StreamingOutput generate(@NotNull(message = "a JSON body is required") @Valid GenerateRequest request) {
        if (request.size() > maxSize) {
            throw new LimitExceededException("size", "households per generated population", maxSize,
                    "aca.limits.population-size", "generate several smaller populations");
        }
        var definition = active.get().parameters().ruleset();
        if (!definition.coversYear(request.year())) {
            throw new InvalidRequestException("year", "outside " + definition.firstYear() + " to " + definition.lastYear());
        }
        // the credit's guideline (the year before) must exist before streaming starts: else a 422 now, not a broken stream
        active.get().parameters().povertyGuideline("gov.hhs.fpg.contiguous", request.year() - 1, 1);
        PopulationGenerator generator = new PopulationGenerator(active.definitionsDir(), active.get().parameters());
        return out -> generator.write(request.size(), request.year(), request.seed(),
                new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16));
    }
}
