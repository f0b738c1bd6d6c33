package org.acarules.pool.jobs;

import java.time.OffsetDateTime;

/** A pool statistics or projection job as stored (table pool_job); request and result are JSON text. */
public record PoolJob(long id, String kind, String request, String rulesetVersion, String status, long total, long processed,
        String message, String result, String owner, OffsetDateTime createdAt, OffsetDateTime startedAt,
        OffsetDateTime updatedAt, OffsetDateTime finishedAt) {

    public static final String STATISTICS = "statistics";
    public static final String PROJECTION = "projection";
    public static final String RUNNING = "running";
    public static final String COMPLETED = "completed";
    public static final String FAILED = "failed";
}
