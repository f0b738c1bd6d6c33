package org.acarules.pool.jobs;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * GET /api/v1/pools/{statistics|projection}-jobs/{id}: state (running, completed, failed), households evaluated of
 * the total, rate (households a second since the job started) and ETA (seconds; null when unknown, and while a
 * projection projects its years), what it is doing or why it failed ({@code message}), and once completed the
 * {@code result}: exactly what the synchronous endpoint answers for the same request.
 */
public record PoolJobStatus(long id, String kind, String status, String rulesetVersion,
        @Schema(type = SchemaType.OBJECT, description = "The request as asked") @JsonRawValue String request,
        long total, long processed, Double ratePerSecond, Long etaSeconds, String message, OffsetDateTime createdAt,
        OffsetDateTime startedAt, OffsetDateTime finishedAt,
        @Schema(type = SchemaType.OBJECT, description = "Once completed: PoolStatistics or Projection, as the synchronous endpoint answers")
        @JsonRawValue String result) {

    static PoolJobStatus of(PoolJob job) {
        Double rate = null;
        if (job.startedAt() != null) {
            OffsetDateTime until = job.finishedAt() != null ? job.finishedAt() : job.updatedAt();
            double seconds = Duration.between(job.startedAt(), until).toMillis() / 1000.0;
            rate = seconds > 0 && job.processed() > 0 ? Math.round(job.processed() / seconds * 10) / 10.0 : null;
        }
        Long eta = null;
        if (PoolJob.RUNNING.equals(job.status()) && rate != null && rate > 0 && job.processed() < job.total()) {
            eta = Math.round((job.total() - job.processed()) / rate);
        }
        return new PoolJobStatus(job.id(), job.kind(), job.status(), job.rulesetVersion(), job.request(), job.total(),
                job.processed(), rate, eta, job.message(), job.createdAt(), job.startedAt(), job.finishedAt(), job.result());
    }

    public boolean running() {
        return PoolJob.RUNNING.equals(status);
    }

    public boolean completed() {
        return PoolJob.COMPLETED.equals(status);
    }

    /** Whole percent done, for a progress bar. */
    public int percent() {
        return total == 0 ? (running() ? 0 : 100) : (int) Math.min(100, processed * 100 / total);
    }
}
