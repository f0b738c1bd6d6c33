package org.acarules.batch;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Re-evaluation jobs and their chunks in the database. Every chunk has a row from the job's creation on (pending);
 * an instance claims one (running, with its owner, a fresh lease token and a lease), renews the lease while it
 * evaluates, and writes the chunk's results, the chunk's move to done and the job's running counts in one
 * transaction, only while the chunk still carries its token and the job still runs: a chunk taken over by another
 * instance after its lease expired, or written after a cancel, rolls back, so nothing is counted twice.
 */
@ApplicationScoped
public class JobStore {
    @Inject
    DataSource dataSource;

    /** The chunk is already recorded or the job no longer runs: its transaction was rolled back. */
    static final class NotCommitted extends RuntimeException {
        NotCommitted(String why) {
            super(why, null, false, false);
        }
    }

    interface Sql<T> {
        T run(Connection c) throws SQLException;
    }

    <T> T inTransaction(Sql<T> work) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection()) {
                return work.run(c);
            }
        });
    }

    /** Smallest id, largest id and count of the applicants the filter selects, now. */
    long[] snapshot(String state, Integer year) {
        return inTransaction(c -> {
            StringBuilder sql = new StringBuilder("select min(id), max(id), count(*) from applicant where 1 = 1");
            if (state != null) {
                sql.append(" and state = ?");
            }
            if (year != null) {
                sql.append(" and request_year = ?");
            }
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                int i = 1;
                if (state != null) {
                    ps.setString(i++, state);
                }
                if (year != null) {
                    ps.setInt(i, year);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)};
                }
            }
        });
    }

    Job create(String version, String compareTo, boolean dryRun, String state, Integer year, int chunkSize, long[] snapshot) {
        long id = inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("insert into reevaluation (ruleset_version, compare_to, dry_run,"
                    + " filter_state, filter_year, chunk_size, first_applicant_id, last_applicant_id, status, total, processed,"
                    + " changed, errors, created_at, started_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                OffsetDateTime now = OffsetDateTime.now();
                ps.setString(1, version);
                ps.setString(2, compareTo);
                ps.setBoolean(3, dryRun);
                ps.setString(4, state);
                if (year == null) {
                    ps.setNull(5, Types.INTEGER);
                } else {
                    ps.setInt(5, year);
                }
                ps.setInt(6, chunkSize);
                ps.setLong(7, snapshot[0]);
                ps.setLong(8, snapshot[1]);
                ps.setString(9, Job.RUNNING);
                ps.setLong(10, snapshot[2]);
                ps.setObject(11, now);
                ps.setObject(12, now);
                ps.executeUpdate();
                long created;
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    created = keys.getLong(1);
                }
                long chunks = snapshot[2] == 0 ? 0 : (snapshot[1] - snapshot[0]) / chunkSize + 1;
                insertPendingChunks(c, created, chunks, Set.of());
                return created;
            }
        });
        return find(id).orElseThrow();
    }

    private static void insertPendingChunks(Connection c, long job, long chunks, Set<Long> existing) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into reevaluation_chunk (reevaluation_id, chunk_no, state)"
                + " values (?, ?, ?)")) {
            int batched = 0;
            for (long n = 0; n < chunks; n++) {
                if (existing.contains(n)) {
                    continue;
                }
                ps.setLong(1, job);
                ps.setLong(2, n);
                ps.setString(3, Chunk.PENDING);
                ps.addBatch();
                if (++batched % 1_000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    /**
     * Gives a job created before chunks had rows (before V40) a pending row for each chunk without one; returns how
     * many were added. Another instance doing the same at once makes this one's insert fail: it then adds none.
     */
    int addMissingChunks(Job job) {
        try {
            return inTransaction(c -> {
                Set<Long> existing = new HashSet<>();
                try (PreparedStatement ps = c.prepareStatement("select chunk_no from reevaluation_chunk where reevaluation_id = ?")) {
                    ps.setLong(1, job.id());
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            existing.add(rs.getLong(1));
                        }
                    }
                }
                if (existing.size() >= job.chunkCount()) {
                    return 0;
                }
                insertPendingChunks(c, job.id(), job.chunkCount(), existing);
                return (int) (job.chunkCount() - existing.size());
            });
        } catch (RuntimeException e) {
            if (duplicateKey(e)) {
                return 0;
            }
            throw e;
        }
    }

    private static boolean duplicateKey(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    Optional<Job> find(long id) {
        return inTransaction(c -> {
            List<Job> jobs = query(c, "select * from reevaluation where id = ?", id);
            return jobs.stream().findFirst();
        });
    }

    /** A running job with the same version, baseline and filter, if there is one. */
    Optional<Job> running(String version, String compareTo, String state, Integer year) {
        return inTransaction(c -> query(c, "select * from reevaluation where status = ? and ruleset_version = ? and compare_to = ?"
                + " order by id", Job.RUNNING, version, compareTo).stream()
                .filter(j -> java.util.Objects.equals(j.filterState(), state) && java.util.Objects.equals(j.filterYear(), year))
                .findFirst());
    }

    /** The newest jobs first, at most {@code limit} (the workbench's home page). */
    List<Job> recent(int limit) {
        return inTransaction(c -> recent(c, limit));
    }

    private List<Job> recent(Connection c, int limit) throws SQLException {
        return query(c, "select * from reevaluation order by id desc fetch first ? rows only", limit);
    }

    /** The id of the newest job, 0 when there is none. */
    long newestId() {
        return inTransaction(c -> recent(c, 1).stream().mapToLong(Job::id).max().orElse(0L));
    }

    List<Long> runningIds() {
        return inTransaction(c -> query(c, "select * from reevaluation where status = ? order by id", Job.RUNNING)
                .stream().map(Job::id).toList());
    }

    /**
     * Writes the chunk's results, its move to done and the job's counts atomically; false when nothing was written:
     * the claim's lease was taken over (the token changed) or the job no longer runs. The chunk row is updated first,
     * so a takeover racing this write waits for it or sees it done; the job row, which every instance's commits
     * update, last, so it stays locked only for the end of the transaction.
     */
    boolean commit(Job job, ChunkResult r, Chunk.Claim claim) {
        try {
            inTransaction(c -> {
                try (PreparedStatement ps = c.prepareStatement("update reevaluation_chunk set state = ?, last_applicant_id = ?,"
                        + " processed = ?, changed = ?, errors = ?, done_at = ?, lease_until = null"
                        + " where reevaluation_id = ? and chunk_no = ? and state = ? and lease_token = ?")) {
                    ps.setString(1, Chunk.DONE);
                    ps.setLong(2, r.lastApplicantId());
                    ps.setInt(3, r.processed());
                    ps.setInt(4, r.changed());
                    ps.setInt(5, r.errors());
                    ps.setObject(6, OffsetDateTime.now());
                    ps.setLong(7, job.id());
                    ps.setLong(8, r.chunkNo());
                    ps.setString(9, Chunk.RUNNING);
                    ps.setString(10, claim.token());
                    if (ps.executeUpdate() == 0) {
                        throw new NotCommitted("chunk " + r.chunkNo() + " of job " + job.id() + " is no longer this claim's");
                    }
                }
                writeChanges(c, job.id(), r.changes());
                writeTallies(c, job.id(), r.chunkNo(), r.tallies());
                writeDecisions(c, r.decisions());
                try (PreparedStatement ps = c.prepareStatement("update reevaluation set processed = processed + ?,"
                        + " changed = changed + ?, errors = errors + ?, baseline_reused = baseline_reused + ? where id = ? and status = ?")) {
                    ps.setLong(1, r.processed());
                    ps.setLong(2, r.changed());
                    ps.setLong(3, r.errors());
                    ps.setLong(4, r.reusedBaseline());
                    ps.setLong(5, job.id());
                    ps.setString(6, Job.RUNNING);
                    if (ps.executeUpdate() == 0) {
                        throw new NotCommitted("job " + job.id() + " is no longer running");
                    }
                }
                return null;
            });
            return true;
        } catch (NotCommitted e) {
            return false;
        }
    }

    private static void writeChanges(Connection c, long job, List<ChunkResult.Change> changes) throws SQLException {
        if (changes.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("insert into reevaluation_change (reevaluation_id, applicant_id,"
                + " external_id, state, fpl_band, aptc_before, aptc_after, people, rules_added, rules_removed, error)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (ChunkResult.Change ch : changes) {
                ps.setLong(1, job);
                ps.setLong(2, ch.applicantId());
                ps.setString(3, ch.externalId());
                ps.setString(4, ch.state());
                ps.setString(5, ch.fplBand());
                ps.setBigDecimal(6, ch.aptcBefore());
                ps.setBigDecimal(7, ch.aptcAfter());
                ps.setString(8, ch.peopleJson());
                ps.setString(9, ch.rulesAdded());
                ps.setString(10, ch.rulesRemoved());
                ps.setString(11, ch.error());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void writeTallies(Connection c, long job, long chunk, Map<ChunkResult.TallyKey, ChunkResult.Tally> tallies)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into reevaluation_tally (reevaluation_id, chunk_no, state,"
                + " fpl_band, outcome_before, outcome_after, persons, aptc_before, aptc_after) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Map.Entry<ChunkResult.TallyKey, ChunkResult.Tally> e : tallies.entrySet()) {
                ps.setLong(1, job);
                ps.setLong(2, chunk);
                ps.setString(3, e.getKey().state());
                ps.setString(4, e.getKey().fplBand());
                ps.setString(5, e.getKey().before());
                ps.setString(6, e.getKey().after());
                ps.setInt(7, e.getValue().persons);
                ps.setBigDecimal(8, e.getValue().aptcBefore);
                ps.setBigDecimal(9, e.getValue().aptcAfter);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void writeDecisions(Connection c, List<ChunkResult.NewDecision> decisions) throws SQLException {
        if (decisions.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("insert into decision (applicant_id, ruleset_version, input_hash,"
                + " request, answer, fired_rules, decided_at) values (?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement summaries = c.prepareStatement("insert into decision_summary (applicant_id, ruleset_version,"
                        + " input_hash, answer_summary, fired_rules) values (?, ?, ?, ?, ?)")) {
            OffsetDateTime now = OffsetDateTime.now();
            for (ChunkResult.NewDecision d : decisions) {
                ps.setLong(1, d.applicantId());
                ps.setString(2, d.rulesetVersion());
                ps.setString(3, d.inputHash());
                ps.setString(4, d.request());
                ps.setString(5, d.answer());
                ps.setString(6, d.firedRules());
                ps.setObject(7, now);
                ps.addBatch();
                summaries.setLong(1, d.applicantId());
                summaries.setString(2, d.rulesetVersion());
                summaries.setString(3, d.inputHash());
                summaries.setString(4, d.answerSummary());
                summaries.setString(5, d.firedRules());
                summaries.addBatch();
            }
            ps.executeBatch();
            summaries.executeBatch();
        }
    }

    /** Completed when every chunk is done (once: whichever instance finishes the last chunk); otherwise unchanged. */
    boolean complete(Job job) {
        return inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("update reevaluation set status = ?, finished_at = ? where id = ?"
                    + " and status = ? and not exists (select 1 from reevaluation_chunk where reevaluation_id = ? and state <> ?)")) {
                ps.setString(1, Job.COMPLETED);
                ps.setObject(2, OffsetDateTime.now());
                ps.setLong(3, job.id());
                ps.setString(4, Job.RUNNING);
                ps.setLong(5, job.id());
                ps.setString(6, Chunk.DONE);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** Moves a running job to {@code status} (cancelled, failed) or a stopped one back to running; false if it was not in {@code from}. */
    boolean transition(long id, String from, String to, String message) {
        return transition(id, from, to, message, null);
    }

    /** As {@link #transition(long, String, String, String)}, recording why a job failed (null otherwise). */
    boolean transition(long id, String from, String to, String message, String failureKind) {
        return inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("update reevaluation set status = ?, message = ?, finished_at = ?,"
                    + " failure_kind = ? where id = ? and status = ?")) {
                ps.setString(1, to);
                ps.setString(2, message == null ? null : message.substring(0, Math.min(2000, message.length())));
                ps.setObject(3, Job.RUNNING.equals(to) ? null : OffsetDateTime.now());
                ps.setString(4, failureKind);
                ps.setLong(5, id);
                ps.setString(6, from);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** Failed jobs whose failure kind is {@code kind}, oldest first. */
    List<Long> failedIds(String kind) {
        return inTransaction(c -> query(c, "select * from reevaluation where status = ? and failure_kind = ? order by id",
                Job.FAILED, kind).stream().map(Job::id).toList());
    }

    /**
     * Applicants a second over the chunks done in the last {@code windowSeconds} (or since the job started, when
     * sooner), whichever instances did them; null when the job is not running or no chunk was done in the window.
     */
    Double rate(Job job, int windowSeconds) {
        if (!Job.RUNNING.equals(job.status()) || job.startedAt() == null) {
            return null;
        }
        OffsetDateTime now = OffsetDateTime.now();
        double window = Math.min(windowSeconds, java.time.Duration.between(job.startedAt(), now).toMillis() / 1000.0);
        if (window <= 0) {
            return null;
        }
        long processed = inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("select coalesce(sum(processed), 0) from reevaluation_chunk"
                    + " where reevaluation_id = ? and state = ? and done_at > ?")) {
                ps.setLong(1, job.id());
                ps.setString(2, Chunk.DONE);
                ps.setObject(3, now.minusNanos((long) (window * 1e9)));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
        return processed == 0 ? null : processed / window;
    }

    /** True when the database answers a trivial query now. */
    boolean answers() {
        try {
            return inTransaction(c -> {
                try (PreparedStatement ps = c.prepareStatement("select count(*) from reevaluation where id = -1");
                        ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            });
        } catch (RuntimeException e) {
            return false;
        }
    }

    static List<Job> query(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            List<Job> jobs = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int year = rs.getInt("filter_year");
                    Integer filterYear = rs.wasNull() ? null : year;
                    jobs.add(new Job(rs.getLong("id"), rs.getString("ruleset_version"), rs.getString("compare_to"),
                            rs.getBoolean("dry_run"), rs.getString("filter_state"), filterYear, rs.getInt("chunk_size"),
                            rs.getLong("first_applicant_id"), rs.getLong("last_applicant_id"), rs.getString("status"),
                            rs.getLong("total"), rs.getLong("processed"), rs.getLong("changed"), rs.getLong("errors"),
                            rs.getString("message"), rs.getObject("created_at", OffsetDateTime.class),
                            rs.getObject("started_at", OffsetDateTime.class), rs.getObject("finished_at", OffsetDateTime.class),
                            rs.getLong("baseline_reused"), rs.getString("failure_kind")));
                }
            }
            return jobs;
        }
    }
}
