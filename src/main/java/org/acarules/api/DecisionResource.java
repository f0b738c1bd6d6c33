package org.acarules.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.acarules.applicants.DecisionService;
import org.acarules.applicants.Replay;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/v1/decisions")
@RolesAllowed({Roles.ANALYST, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class DecisionResource {
    @Inject
    DecisionService decisions;

    @POST
    @Path("/{id}/replay")
    @Operation(summary = "Run a decision's stored input on its stored ruleset version again; says whether the answer is identical")
    public Replay replay(@PathParam("id") long id) {
        return decisions.replay(id);
    }
}
