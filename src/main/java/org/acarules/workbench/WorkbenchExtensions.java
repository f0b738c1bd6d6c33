package org.acarules.workbench;

import io.quarkus.qute.TemplateExtension;
import java.nio.file.Path;
import org.acarules.scenarios.ScenarioResult;

/** Small formatting for the templates. */
@TemplateExtension
final class WorkbenchExtensions {
    private WorkbenchExtensions() {
    }

    /** A scenario case's file as its folder and name ("eligibility/medicaid.yaml"), not the server's full path. */
    static String shortFile(ScenarioResult result) {
        Path path = Path.of(result.file());
        int n = path.getNameCount();
        return n < 2 ? result.file() : path.subpath(n - 2, n).toString();
    }
}
