package org.acarules.batch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Claims, lease renewals and releases of chunk rows: how instances share a job's chunks. A claim takes the job's
 * lowest chunk whose lease expired (its instance died or stalled), else its lowest pending chunk, with
 * {@code FOR UPDATE SKIP LOCKED} on PostgreSQL so that instances claiming at once take different chunks without
 * waiting on each other. H2 (the embedded database: one instance) returns nothing when the first row is locked
 * (it applies the LIMIT before skipping), so there claims are taken one at a time in this JVM with a plain
 * {@code FOR UPDATE}. On both, the claim's update repeats the condition (compare-and-set): a row that changed
 * meanwhile is not taken. Lease times are the database's clock, which every instance shares.
 */
@ApplicationScoped
public class ChunkClaims {
    private static final String LEASE_END = "current_timestamp + cast(? as integer) * interval '1' second";
    private static final String CLAIMABLE = "(state = ? or (state = ? and lease_until < current_timestamp))";

    @Inject
    JobStore store;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    private final ReentrantLock oneAtATime = new ReentrantLock();

    /**
     * A chunk of the job this instance now holds for {@code leaseSeconds} under {@code token} (new for every claim),
     * or empty when none is free.
     */
    Optional<Chunk.Claim> claim(long jobId, String owner, int leaseSeconds, String token) {
        boolean skipLocked = "postgresql".equals(dbKind);
        if (!skipLocked) {
            oneAtATime.lock();
        }
        try {
            return store.inTransaction(c -> {
                Optional<long[]> found = lowest(c, jobId, "state = ? and lease_until < current_timestamp", Chunk.RUNNING, skipLocked);
                if (found.isEmpty()) {
                    found = lowest(c, jobId, "state = ?", Chunk.PENDING, skipLocked);
                }
                if (found.isEmpty()) {
                    return Optional.empty();
                }
                try (PreparedStatement ps = c.prepareStatement("update reevaluation_chunk set state = ?, owner = ?, lease_token = ?,"
                        + " lease_until = " + LEASE_END + ", attempts = attempts + 1 where reevaluation_id = ? and chunk_no = ? and "
                        + CLAIMABLE)) {
                    ps.setString(1, Chunk.RUNNING);
                    ps.setString(2, owner);
                    ps.setString(3, token);
                    ps.setInt(4, leaseSeconds);
                    ps.setLong(5, jobId);
                    ps.setLong(6, found.get()[0]);
                    ps.setString(7, Chunk.PENDING);
                    ps.setString(8, Chunk.RUNNING);
                    if (ps.executeUpdate() == 0) {
                        return Optional.empty(); // taken meanwhile: the caller tries again
                    }
                }
                return Optional.of(new Chunk.Claim(jobId, found.get()[0], token, (int) found.get()[1] + 1));
            });
        } finally {
            if (!skipLocked) {
                oneAtATime.unlock();
            }
        }
    }

    private static Optional<long[]> lowest(Connection c, long jobId, String condition, String state, boolean skipLocked)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select chunk_no, attempts from reevaluation_chunk where reevaluation_id = ? and "
                + condition + " order by chunk_no limit 1 for update" + (skipLocked ? " skip locked" : ""))) {
            ps.setLong(1, jobId);
            ps.setString(2, state);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new long[] {rs.getLong(1), rs.getLong(2)}) : Optional.empty();
            }
        }
    }

    /**
     * Extends the claim's lease; false when the chunk was taken over (another claim's token is on it). A chunk this
     * claim has just written (done, with its token) is still its own: the benchmark on a quiet machine logged such
     * chunks as taken over when the renewal ran between the results' commit and the worker letting go of the claim.
     */
    boolean renew(Chunk.Claim claim, int leaseSeconds) {
        return store.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("update reevaluation_chunk set lease_until = " + LEASE_END
                    + " where reevaluation_id = ? and chunk_no = ? and lease_token = ? and state = ?")) {
                ps.setInt(1, leaseSeconds);
                ps.setLong(2, claim.jobId());
                ps.setLong(3, claim.chunkNo());
                ps.setString(4, claim.token());
                ps.setString(5, Chunk.RUNNING);
                if (ps.executeUpdate() == 1) {
                    return true;
                }
            }
            try (PreparedStatement ps = c.prepareStatement("select count(*) from reevaluation_chunk where reevaluation_id = ?"
                    + " and chunk_no = ? and lease_token = ? and state = ?")) {
                ps.setLong(1, claim.jobId());
                ps.setLong(2, claim.chunkNo());
                ps.setString(3, claim.token());
                ps.setString(4, Chunk.DONE);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() && rs.getLong(1) == 1;
                }
            }
        });
    }

    /** Gives the chunk back (pending) if the claim still holds it: any instance may take it at once. */
    boolean release(Chunk.Claim claim) {
        return store.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("update reevaluation_chunk set state = ?, owner = null, lease_token = null,"
                    + " lease_until = null where reevaluation_id = ? and chunk_no = ? and lease_token = ? and state = ?")) {
                ps.setString(1, Chunk.PENDING);
                ps.setLong(2, claim.jobId());
                ps.setLong(3, claim.chunkNo());
                ps.setString(4, claim.token());
                ps.setString(5, Chunk.RUNNING);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** The running chunks {@code owner} holds in the database: after a restart with the same instance id, its earlier life's. */
    List<Chunk.Claim> heldBy(String owner) {
        return store.inTransaction(c -> {
            List<Chunk.Claim> held = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("select reevaluation_id, chunk_no, lease_token, attempts from reevaluation_chunk"
                    + " where owner = ? and state = ?")) {
                ps.setString(1, owner);
                ps.setString(2, Chunk.RUNNING);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        held.add(new Chunk.Claim(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4)));
                    }
                }
            }
            return held;
        });
    }
}
