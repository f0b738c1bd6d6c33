package org.acarules.workbench;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.acarules.batch.ChangePage;
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

    /** A job's time left, as the pages write it: "2 min 5 s", "40 s"; "unknown" without an estimate. */
    static String timeLeft(JobStatus job) {
        Long s = job.etaSeconds();
        if (s == null) {
            return "unknown";
        }
        return s >= 60 ? s / 60 + " min " + s % 60 + " s" : s + " s";
    }

    /** A job's rate, as the pages write it: "12.5 applicants a second"; "unknown" before its first chunk. */
    static String rate(JobStatus job) {
        return job.ratePerSecond() == null ? "unknown" : job.ratePerSecond() + " applicants a second";
    }

    /** A page of a job's changes, counted from 1 for the reader (the API counts from 0). */
    static long pageNumber(ChangePage page) {
        return page.page() + 1L;
    }

    static long pageCount(ChangePage page) {
        return Math.max(1, (page.total() + page.size() - 1) / page.size());
    }

    static boolean hasNext(ChangePage page) {
        return (page.page() + 1L) * page.size() < page.total();
    }

    static int nextPage(ChangePage page) {
        return page.page() + 1;
    }

    static int previousPage(ChangePage page) {
        return Math.max(0, page.page() - 1);
    }

    /** An outcome as the API writes it ("coverage_gap"), not as Java names it. */
    static String json(org.acarules.facts.CoverageOutcome outcome) {
        return outcome.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** A scenario case's file as its folder and name ("eligibility/medicaid.yaml"), not the server's full path. */
    static String shortFile(ScenarioResult result) {
        Path path = Path.of(result.file());
        int n = path.getNameCount();
        return n < 2 ? result.file() : path.subpath(n - 2, n).toString();
    }
}
