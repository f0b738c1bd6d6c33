package org.acarules.batch;

import java.time.OffsetDateTime;

/**
 * GET /api/v1/reevaluations/{id}: state, progress, rate (applicants a second) and ETA (seconds; null when unknown);
 * failure_kind of a failed job (database: resumed automatically once the database answers; error: by hand);
 * baseline_reused: households whose compare_to answer came from a stored decision.
 */
public record JobStatus(long id, String status, String rulesetVersion, String compareTo, boolean dryRun,
        ReevaluationRequest.Filter filter, int chunkSize, long total, long processed, long changed, long errors,
        Double ratePerSecond, Long etaSeconds, String message, String failureKind, long baselineReused,
        OffsetDateTime createdAt, OffsetDateTime startedAt, OffsetDateTime finishedAt) {

    static JobStatus of(Job job, Double liveRate) {
        Double rate = liveRate;
        if (rate == null && job.finishedAt() != null && job.startedAt() != null) {
            double seconds = java.time.Duration.between(job.startedAt(), job.finishedAt()).toMillis() / 1000.0;
            rate = seconds > 0 ? job.processed() / seconds : null;
        }
        Long eta = null;
        if (Job.RUNNING.equals(job.status()) && rate != null && rate > 0) {
            eta = Math.round(Math.max(0, job.total() - job.processed()) / rate);
        }
        Double rounded = rate == null ? null : Math.round(rate * 10) / 10.0;
        ReevaluationRequest.Filter filter = job.filterState() == null && job.filterYear() == null ? null
                : new ReevaluationRequest.Filter(job.filterState(), job.filterYear());
        return new JobStatus(job.id(), job.status(), job.rulesetVersion(), job.compareTo(), job.dryRun(), filter,
                job.chunkSize(), job.total(), job.processed(), job.changed(), job.errors(), rounded, eta, job.message(),
                job.failureKind(), job.baselineReused(), job.createdAt(), job.startedAt(), job.finishedAt());
    }
}
