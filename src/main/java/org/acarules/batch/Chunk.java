package org.acarules.batch;

/** The states of a job's chunk row, and one instance's claim on a chunk. */
final class Chunk {
    static final String PENDING = "pending";
    static final String RUNNING = "running";
    static final String DONE = "done";

    private Chunk() {
    }

    /**
     * A chunk this instance holds: {@code token} is new on every claim and the chunk's results are written only
     * while the row still carries it. {@code attempts} counts the claims, this one included.
     */
    record Claim(long jobId, long chunkNo, String token, int attempts) {
    }
}
