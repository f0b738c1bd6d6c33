package org.acarules.workbench;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.acarules.api.Roles;
import org.acarules.engine.ContentTooLargeException;
import org.acarules.engine.InvalidContentException;
import org.acarules.engine.RulesetContent;
import org.acarules.rulesets.DraftReader;
import org.acarules.rulesets.DraftReport;
import org.acarules.rulesets.RulesetService;
import org.acarules.scenarios.ScenarioFiles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Several files in one draft: a zip of files under rules/, benefit-definitions/ and tests/ replaces or adds to the
 * shown version's files, and the whole is validated as any draft (POST /api/v1/rulesets, with base): a draft that
 * compiles is stored and shown; otherwise every problem is listed at its file and line with the line's text. A
 * scenario file of the zip must read as one (the compiler does not read tests/), or it is a problem at its file.
 */
@Path("/workbench/versions/{version}/uploads")
@RolesAllowed({Roles.ANALYST, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class UploadPages {
    /** A problem and the text of its line in the uploaded draft (empty for a problem of the file as a whole). */
    public record Located(Problem problem, String lineText) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance upload(String version, List<String> uploaded, List<Located> problems);
    }

    @Inject
    DraftReader drafts;

    @Inject
    RulesetService rulesets;

    @Inject
    VersionContents contents;

    @Inject
    SignedIn signedIn;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(hidden = true)
    public Response upload(@PathParam("version") String version, @RestForm("zip") FileUpload zip) {
        String base = Versions.orActive(version, rulesets);
        if (zip == null || zip.size() == 0) {
            return refused(base, List.of(), List.of(new Problem("error", "zip", 0, 0, "choose a zip file to upload")));
        }
        RulesetContent uploaded;
        try (InputStream in = Files.newInputStream(zip.uploadedFile())) {
            uploaded = drafts.fromZip(in);
        } catch (InvalidContentException e) {
            return refused(base, List.of(), e.problems().stream().map(p -> new Problem("error", zip.fileName(), 0, 0, p)).toList());
        } catch (ContentTooLargeException e) {
            return refused(base, List.of(), List.of(new Problem("error", zip.fileName(), 0, 0, e.getMessage())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> paths = List.copyOf(uploaded.files().keySet());
        List<Problem> scenarioProblems = scenarioProblems(uploaded);
        if (!scenarioProblems.isEmpty()) {
            return refused(base, paths, scenarioProblems);
        }
        RulesetContent content = contents.of(base).with(uploaded.files(), Set.of());
        DraftReport report = rulesets.draft(content, signedIn.name());
        if (!report.compiles()) {
            return refused(base, paths, DraftProblems.of(report, content.files()), content.files());
        }
        return Response.seeOther(URI.create("/workbench/versions/" + report.version() + "?notice=uploaded")).build();
    }

    private static List<Problem> scenarioProblems(RulesetContent uploaded) {
        List<Problem> problems = new ArrayList<>();
        uploaded.files().forEach((path, bytes) -> {
            if (path.startsWith(RulesetContent.TESTS) && path.endsWith(".yaml")) {
                try {
                    ScenarioFiles.parse(java.nio.file.Path.of(path), new String(bytes, StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    problems.add(new Problem("error", path, 0, 0, e.getMessage().replaceFirst("^" + java.util.regex.Pattern.quote(path) + ": ", "")));
                }
            }
        });
        return problems;
    }

    private Response refused(String base, List<String> uploaded, List<Problem> problems) {
        return refused(base, uploaded, problems, Map.of());
    }

    private Response refused(String base, List<String> uploaded, List<Problem> problems, Map<String, byte[]> files) {
        List<Located> located = problems.stream().map(p -> new Located(p, lineText(files.get(p.file()), p.line()))).toList();
        return Response.status(422).entity(Templates.upload(base, uploaded, located)).build();
    }

    private static String lineText(byte[] file, int line) {
        if (file == null || line < 1) {
            return "";
        }
        String[] lines = new String(file, StandardCharsets.UTF_8).split("\n", -1);
        return line <= lines.length ? lines[line - 1].strip() : "";
    }
}
