package org.acarules.workbench;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.acarules.batch.JobStatus;
import org.acarules.batch.ReevaluationService;
import org.acarules.rulesets.Activation;
import org.acarules.rulesets.AuditEntry;
import org.acarules.rulesets.RulesetService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** What is live: the active version, who activated it, when and why; the latest audit entries and jobs. */
@Path("/workbench")
@Authenticated // a client lands here after signing in and is sent back to the sign-in page with a message
@Produces(MediaType.TEXT_HTML)
public class HomePage {
    private static final int AUDIT_SHOWN = 12;
    private static final int JOBS_SHOWN = 5;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(Activation live, List<AuditEntry> audit, List<JobStatus> jobs, String notice);
    }

    @Inject
    SignedIn signedIn;

    @Inject
    RulesetService rulesets;

    @Inject
    ReevaluationService reevaluations;

    @GET
    @Operation(hidden = true)
    public Response home(@QueryParam("notice") String notice) {
        if (!signedIn.analyst()) {
            return Response.seeOther(URI.create("/workbench/sign-in")).build();
        }
        Activation live = rulesets.wanted().orElse(rulesets.served());
        return Response.ok(Templates.home(live, rulesets.recentAudit(AUDIT_SHOWN), reevaluations.recent(JOBS_SHOWN), Notices.text(notice))).build();
    }
}
