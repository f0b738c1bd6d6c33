package org.acarules.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Lease renewals on the real database: a claim renews while it holds its chunk, still counts as its own once it has
 * written the chunk (the renewal may run between the commit and the worker letting go), and stops being its own once
 * another claim took the chunk over. The job is stored cancelled, so no worker of this instance claims its chunks.
 */
@QuarkusTest
class ChunkClaimsTest {
    @Inject
    ChunkClaims claims;

    @Inject
    JobStore store;

    @Test
    void aClaimIsItsOwnUntilAnotherClaimTakesTheChunk() {
        long job = cancelledJobWithChunks(2);
        Chunk.Claim first = claims.claim(job, "test-a", 10, UUID.randomUUID().toString()).orElseThrow();
        assertEquals(0, first.chunkNo());
        assertEquals(1, first.attempts());
        assertTrue(claims.renew(first, 10), "a running claim renews");

        sql("update reevaluation_chunk set state = 'done' where reevaluation_id = " + job + " and chunk_no = 0");
        assertTrue(claims.renew(first, 10), "a chunk this claim wrote is still its own, not taken over");

        Chunk.Claim second = claims.claim(job, "test-a", 10, UUID.randomUUID().toString()).orElseThrow();
        assertEquals(1, second.chunkNo());
        // its lease runs out and another instance claims it
        sql("update reevaluation_chunk set lease_until = lease_until - 60 * interval '1' second where reevaluation_id = "
                + job + " and chunk_no = 1");
        Chunk.Claim takeover = claims.claim(job, "test-b", 10, UUID.randomUUID().toString()).orElseThrow();
        assertEquals(1, takeover.chunkNo());
        assertEquals(2, takeover.attempts());
        assertFalse(claims.renew(second, 10), "the claim that lost the chunk is told so");
        assertTrue(claims.renew(takeover, 10));
        assertFalse(claims.release(second), "the claim that lost the chunk cannot give it back");
    }

    private long cancelledJobWithChunks(int chunks) {
        return store.inTransaction(c -> {
            long id;
            try (PreparedStatement ps = c.prepareStatement("insert into reevaluation (ruleset_version, compare_to, dry_run,"
                    + " chunk_size, first_applicant_id, last_applicant_id, status, total, processed, changed, errors,"
                    + " created_at) values ('none', 'none', true, 1, 1, 2, ?, 2, 0, 0, 0, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, Job.CANCELLED);
                ps.setObject(2, OffsetDateTime.now());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            for (int n = 0; n < chunks; n++) {
                try (PreparedStatement ps = c.prepareStatement("insert into reevaluation_chunk (reevaluation_id, chunk_no, state)"
                        + " values (?, ?, ?)")) {
                    ps.setLong(1, id);
                    ps.setLong(2, n);
                    ps.setString(3, Chunk.PENDING);
                    ps.executeUpdate();
                }
            }
            return id;
        });
    }

    private void sql(String statement) {
        store.inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                return s.executeUpdate(statement);
            }
        });
    }
}
