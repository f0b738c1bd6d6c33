package org.acarules.workbench;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.acarules.batch.JobStatus;
import org.acarules.scenarios.ScenarioResult;

/** Small formatting for the templates. */
@TemplateExtension
final class WorkbenchExtensions {
    private WorkbenchExtensions() {
    }

    /** An amount of money as the pages write it: -$2,165.04. */
    static String dollars(BigDecimal amount) {
        return java.text.NumberFormat.getCurrencyInstance(java.util.Locale.US).format(amount);
    }

    /** A job's progress bar maximum: its total, at least 1 (a job over no applicant is done at once). */
    static long progressMax(JobStatus job) {
        return Math.max(1, job.total());
    }

    /** A scenario case's file as its folder and name ("eligibility/medicaid.yaml"), not the server's full path. */
    static String shortFile(ScenarioResult result) {
        Path path = Path.of(result.file());
        int n = path.getNameCount();
        return n < 2 ? result.file() : path.subpath(n - 2, n).toString();
    }
}
