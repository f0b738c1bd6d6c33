package org.acarules.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.acarules.applicants.ApplicantImport;
import org.acarules.applicants.ApplicantInput;
import org.acarules.applicants.ApplicantService;
import org.acarules.applicants.Decision;
import org.acarules.applicants.DecisionService;
import org.acarules.applicants.ImportReport;
import org.acarules.applicants.StoredApplicant;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Stored applicants (eligibility requests under an external id), their bulk import, evaluation and decisions. */
@Path("/api/v1/applicants")
@RolesAllowed({Roles.ANALYST, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class ApplicantResource {
    public static final String NDJSON = "application/x-ndjson";

    @Inject
    ApplicantService applicants;

    @Inject
    ApplicantImport importer;

    @Inject
    DecisionService decisions;

    public record ApplicantsRequest(@NotNull @Size(min = 1, max = 10_000) List<@NotNull @Valid ApplicantInput> applicants) {
    }

    public record StoredApplicants(List<StoredApplicant> applicants) {
    }

    @RolesAllowed(Roles.ADMIN)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Store one or many applicants (all or nothing); each request is checked as /api/v1/eligibility checks it")
    public Response create(@NotNull(message = "a JSON body is required") @Valid ApplicantsRequest request) {
        return Response.status(Response.Status.CREATED).entity(new StoredApplicants(applicants.create(request.applicants()))).build();
    }

    @RolesAllowed(Roles.ADMIN)
    @POST
    @Consumes(NDJSON)
    @Operation(summary = "Import applicants from JSON Lines ({\"external_id\", \"request\"} a line), streamed; bad lines reported by number, good ones kept")
    public ImportReport importLines(InputStream body) {
        return importer.importLines(new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8.newDecoder())));
    }

    @RolesAllowed(Roles.ADMIN)
    @POST
    @Consumes("text/csv")
    @Operation(summary = "Import applicants from CSV (a header, then one row per person; adjacent rows with one external_id are a household), streamed; bad rows reported by line number, good households kept")
    public ImportReport importCsv(InputStream body) {
        return importer.importCsv(new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8.newDecoder())));
    }

    @GET
    @Path("/{id}")
    public StoredApplicant get(@PathParam("id") long id) {
        return applicants.get(id);
    }

    @RolesAllowed(Roles.ADMIN)
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace an applicant's external id and request")
    public StoredApplicant replace(@PathParam("id") long id, @NotNull(message = "a JSON body is required") @Valid ApplicantInput input) {
        return applicants.replace(id, input);
    }

    @RolesAllowed(Roles.ADMIN)
    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete an applicant and its decisions")
    public Response delete(@PathParam("id") long id) {
        applicants.delete(id);
        return Response.noContent().build();
    }

    @RolesAllowed(Roles.ADMIN)
    @POST
    @Path("/{id}/evaluate")
    @Operation(summary = "Evaluate the stored applicant on the active ruleset and store the decision")
    public Decision evaluate(@PathParam("id") long id) {
        return decisions.evaluate(id);
    }

    @GET
    @Path("/{id}/decisions")
    @Operation(summary = "The applicant's decisions, oldest first")
    public List<Decision> decisions(@PathParam("id") long id) {
        return decisions.decisions(id);
    }
}
