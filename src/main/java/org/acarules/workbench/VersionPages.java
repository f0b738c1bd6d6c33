package org.acarules.workbench;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.acarules.api.Roles;
import org.acarules.engine.InvalidContentException;
import org.acarules.engine.RulesetContent;
import org.acarules.rulesets.DraftReader;
import org.acarules.rulesets.DraftReport;
import org.acarules.rulesets.DraftRequest;
import org.acarules.rulesets.RulesetService;
import org.acarules.rulesets.RulesetSummary;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Versions and drafts: the stored versions, one version's files, and the editor. Saving an edited file drafts a new
 * version on the shown one through the same service as POST /api/v1/rulesets (with base); a draft that compiles is
 * stored and shown, one that does not comes back to the editor with every problem at its file and line.
 */
@Path("/workbench/versions")
@RolesAllowed({Roles.ANALYST, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class VersionPages {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance versions(List<RulesetSummary> versions);

        static native TemplateInstance version(RulesetSummary version, List<String> files, boolean live, String notice,
                String refusal);

        static native TemplateInstance editor(String version, String file, String text, boolean newFile,
                List<String> files, List<Problem> problems, List<Problem> problemsHere, String mode);
    }

    @Inject
    RulesetService rulesets;

    @Inject
    VersionContents contents;

    @Inject
    DraftReader drafts;

    @Inject
    SignedIn signedIn;

    @GET
    @Operation(hidden = true)
    public TemplateInstance versions() {
        return Templates.versions(rulesets.versions());
    }

    @GET
    @Path("/{version}")
    @Operation(hidden = true)
    public TemplateInstance version(@PathParam("version") String version, @QueryParam("notice") String notice) {
        return versionPage(Versions.orActive(version, rulesets), Notices.text(notice), null);
    }

    TemplateInstance versionPage(String version, String notice, String refusal) {
        RulesetSummary summary = rulesets.version(version);
        List<String> files = List.copyOf(contents.of(version).files().keySet());
        return Templates.version(summary, files, version.equals(Versions.active(rulesets)), notice, refusal);
    }

    @GET
    @Path("/{version}/edit")
    @Operation(hidden = true)
    public TemplateInstance edit(@PathParam("version") String version, @QueryParam("file") String file) {
        String v = Versions.orActive(version, rulesets);
        Map<String, byte[]> files = contents.of(v).files();
        String path = file == null || file.isBlank() ? files.keySet().iterator().next() : file.strip();
        byte[] text = files.get(path);
        return editor(v, path, text == null ? "" : new String(text, StandardCharsets.UTF_8), text == null,
                List.of());
    }

    @POST
    @Path("/{version}/drafts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response save(@PathParam("version") String version, @FormParam("file") String file,
            @FormParam("text") String text) {
        String path = file == null ? "" : file.strip();
        String body = text == null ? "" : text.replace("\r\n", "\n"); // a browser's form sends CRLF line ends
        return draft(version, path, body, Map.of(path, body), List.of());
    }

    @POST
    @Path("/{version}/deletions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response delete(@PathParam("version") String version, @FormParam("file") String file) {
        return draft(version, file, "", Map.of(), List.of(file));
    }

    private Response draft(String base, String path, String text, Map<String, String> changed, List<String> deleted) {
        DraftReport report;
        RulesetContent content;
        try {
            content = drafts.fromJson(new DraftRequest(base, changed, deleted));
            report = rulesets.draft(content, signedIn.name());
        } catch (InvalidContentException e) {
            List<Problem> problems = e.problems().stream().map(p -> new Problem("error", path, 0, 0, p)).toList();
            return Response.status(422).entity(editor(base, path, text, false, problems)).build();
        }
        if (report.compiles()) {
            String at = deleted.isEmpty() ? "&file=" + URLEncoder.encode(path, StandardCharsets.UTF_8) : "";
            return Response.seeOther(URI.create("/workbench/versions/" + report.version() + "?notice=saved" + at)).build();
        }
        return Response.status(422).entity(editor(base, path, text, false, DraftProblems.of(report, content.files())))
                .build();
    }

    private TemplateInstance editor(String version, String path, String text, boolean newFile, List<Problem> problems) {
        List<String> files = List.copyOf(contents.of(version).files().keySet());
        List<Problem> here = problems.stream().filter(p -> path.equals(p.file())).toList();
        return Templates.editor(version, path, text, newFile, files, problems, here, EditorModes.of(path));
    }
}
