package org.acarules.pool.jobs;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Pool jobs in the database, so that every instance reads the same state, progress and result. Times are the
 * database's ({@code current_timestamp}): instances need not agree on the clock. Every write of a running job checks
 * that it still runs, so a job failed as abandoned is never completed afterwards by a late write.
 */
@ApplicationScoped
public class PoolJobStore {
    @Inject
    DataSource dataSource;

    interface Sql<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T inTransaction(Sql<T> work) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection()) {
                return work.run(c);
            }
        });
    }

    PoolJob create(String kind, String request, String rulesetVersion, long total, String owner) {
        long id = inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("insert into pool_job (kind, request, ruleset_version, status, total,"
                    + " processed, message, owner, created_at, updated_at) values (?, ?, ?, ?, ?, 0, 'queued', ?,"
                    + " current_timestamp, current_timestamp)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, kind);
                ps.setString(2, request);
                ps.setString(3, rulesetVersion);
                ps.setString(4, PoolJob.RUNNING);
                ps.setLong(5, total);
                ps.setString(6, owner);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
        return find(id).orElseThrow();
    }

    Optional<PoolJob> find(long id) {
        return inTransaction(c -> query(c, "select * from pool_job where id = ?", id).stream().findFirst());
    }

    /** The newest jobs of a kind (null: any), newest first. */
    List<PoolJob> recent(String kind, int limit) {
        return inTransaction(c -> kind == null
                ? query(c, "select * from pool_job order by id desc fetch first ? rows only", limit)
                : query(c, "select * from pool_job where kind = ? order by id desc fetch first ? rows only", kind, limit));
    }

    boolean started(long id) {
        return update("update pool_job set started_at = current_timestamp, updated_at = current_timestamp,"
                + " message = 'evaluating households' where id = ? and status = ?", id, PoolJob.RUNNING) > 0;
    }

    boolean progress(long id, long processed) {
        return update("update pool_job set processed = ?, updated_at = current_timestamp where id = ? and status = ?",
                processed, id, PoolJob.RUNNING) > 0;
    }

    boolean phase(long id, String message) {
        return update("update pool_job set message = ?, updated_at = current_timestamp where id = ? and status = ?",
                message, id, PoolJob.RUNNING) > 0;
    }

    /** The instance still runs these jobs: their heartbeat. */
    void heartbeat(Collection<Long> ids) {
        for (long id : ids) {
            update("update pool_job set updated_at = current_timestamp where id = ? and status = ?", id, PoolJob.RUNNING);
        }
    }

    boolean complete(long id, long processed, String result) {
        return update("update pool_job set status = ?, processed = ?, result = ?, message = null, updated_at = current_timestamp,"
                + " finished_at = current_timestamp where id = ? and status = ?", PoolJob.COMPLETED, processed, result, id,
                PoolJob.RUNNING) > 0;
    }

    boolean fail(long id, String message) {
        return update("update pool_job set status = ?, message = ?, updated_at = current_timestamp, finished_at = current_timestamp"
                + " where id = ? and status = ?", PoolJob.FAILED, message, id, PoolJob.RUNNING) > 0;
    }

    /** Fails running jobs without a heartbeat for {@code seconds}: their instance stopped. */
    int failAbandoned(int seconds) {
        return update("update pool_job set status = ?, message = ?, finished_at = current_timestamp where status = ?"
                + " and updated_at < current_timestamp - cast(? as integer) * interval '1' second", PoolJob.FAILED,
                "abandoned: the instance running it stopped (no heartbeat for " + seconds + " s); start it again", PoolJob.RUNNING,
                seconds);
    }

    /** Fails the running jobs of an instance that is stopping. */
    int failOwnedBy(String owner, String message) {
        return update("update pool_job set status = ?, message = ?, finished_at = current_timestamp where status = ? and owner = ?",
                PoolJob.FAILED, message, PoolJob.RUNNING, owner);
    }

    private int update(String sql, Object... args) {
        return inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, args);
                return ps.executeUpdate();
            }
        });
    }

    private static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
    }

    private static List<PoolJob> query(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            List<PoolJob> jobs = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    jobs.add(new PoolJob(rs.getLong("id"), rs.getString("kind"), rs.getString("request"),
                            rs.getString("ruleset_version"), rs.getString("status"), rs.getLong("total"), rs.getLong("processed"),
                            rs.getString("message"), rs.getString("result"), rs.getString("owner"),
                            rs.getObject("created_at", OffsetDateTime.class), rs.getObject("started_at", OffsetDateTime.class),
                            rs.getObject("updated_at", OffsetDateTime.class), rs.getObject("finished_at", OffsetDateTime.class)));
                }
            }
            return jobs;
        }
    }
}
