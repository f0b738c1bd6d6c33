package org.acarules.batch;

import java.time.OffsetDateTime;

/** A re-evaluation job as stored. Chunk n covers ids firstApplicantId + n*chunkSize .. + chunkSize - 1. */
public record Job(long id, String rulesetVersion, String compareTo, boolean dryRun, String filterState, Integer filterYear,
        int chunkSize, long firstApplicantId, long lastApplicantId, String status, long total, long processed, long changed,
        long errors, String message, OffsetDateTime createdAt, OffsetDateTime startedAt, OffsetDateTime finishedAt,
        long baselineReused, String failureKind) {

    public static final String RUNNING = "running";
    public static final String COMPLETED = "completed";
    public static final String CANCELLED = "cancelled";
    public static final String FAILED = "failed";
    /** failure_kind of a job that failed because the database did not answer: resumed once it answers again. */
    public static final String FAILURE_DATABASE = "database";
    public static final String FAILURE_ERROR = "error";

    public long chunkCount() {
        return total == 0 ? 0 : (lastApplicantId - firstApplicantId) / chunkSize + 1;
    }

    public long chunkStart(long chunk) {
        return firstApplicantId + chunk * chunkSize;
    }

    public long chunkEnd(long chunk) {
        return Math.min(lastApplicantId, chunkStart(chunk) + chunkSize - 1);
    }
}
