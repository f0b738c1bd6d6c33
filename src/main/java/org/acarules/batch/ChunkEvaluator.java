package org.acarules.batch;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.acarules.applicants.Answer;
import org.acarules.applicants.AnswerSummary;
import org.acarules.applicants.CanonicalJson;
import org.acarules.eligibility.EligibilityRequest;
import org.acarules.eligibility.EligibilityService;
import org.acarules.engine.Ruleset;
import org.jboss.logging.Logger;

/**
 * Evaluates one chunk of applicants under both versions and compares them; writes nothing. The baseline
 * (compare_to) answer is not computed again when it is already known: the same version on both sides is evaluated
 * once, and a stored decision of the compare_to version for the applicant's current input (same input hash) is
 * read instead of evaluating, unless the answer depended on the plan catalogue (a county without a benchmark
 * premium: the catalogue is data that may have changed since the decision).
 */
@ApplicationScoped
public class ChunkEvaluator {
    private static final Logger LOG = Logger.getLogger(ChunkEvaluator.class);

    @Inject
    DataSource dataSource;

    @Inject
    EligibilityService eligibility;

    @Inject
    CanonicalJson json;

    private record Row(long id, String externalId, String state, String request, String hash) {
    }

    /** What a comparison reads of a stored decision: its answer's summary (JSON) and its fired rules. */
    private record Stored(String answerSummary, String firedRules) {
    }

    private record Loaded(List<Row> rows, Map<Long, Stored> baseline) {
    }

    ChunkResult evaluate(Job job, long chunk, Ruleset target, Ruleset baseline) {
        boolean sameVersion = target.version().equals(baseline.version());
        Loaded loaded = load(job, chunk, !sameVersion);
        List<Row> rows = loaded.rows();
        Map<ChunkResult.TallyKey, ChunkResult.Tally> tallies = new HashMap<>();
        List<ChunkResult.Change> changes = new ArrayList<>();
        List<ChunkResult.NewDecision> decisions = new ArrayList<>();
        StringBuilder people = new StringBuilder();
        int errors = 0;
        int reused = 0;
        for (Row row : rows) {
            EligibilityRequest request = json.request(row.request());
            List<String> ids = request.household().people().stream().map(EligibilityRequest.PersonInput::id).toList();
            Attempt after = attempt(target, request, row.id());
            HouseholdComparison.Side beforeSide;
            boolean beforeFailed;
            Stored stored = loaded.baseline().get(row.id());
            if (sameVersion) {
                beforeSide = after.side(ids);
                beforeFailed = after.error() != null;
            } else if (stored != null && catalogueFree(request)) {
                beforeSide = new HouseholdComparison.Side(Outcomes.of(json.summary(stored.answerSummary())),
                        stored.firedRules().isEmpty() ? List.of() : List.of(stored.firedRules().split(",")));
                beforeFailed = false;
                reused++;
            } else {
                Attempt before = attempt(baseline, request, row.id());
                beforeSide = before.side(ids);
                beforeFailed = before.error() != null;
            }
            if (beforeFailed || after.error() != null) {
                errors++;
            }
            ChunkResult.Change change = HouseholdComparison.compare(row.id(), row.externalId(), row.state(),
                    beforeSide, after.side(ids), tallies, people);
            if (change != null) {
                changes.add(change);
            }
            if (!job.dryRun() && after.answer() != null) {
                decisions.add(new ChunkResult.NewDecision(row.id(), target.version(), row.hash(), row.request(),
                        json.write(after.answer().response()), json.write(after.summary()),
                        String.join(",", after.answer().firedRules())));
            }
        }
        return new ChunkResult(chunk, job.chunkEnd(chunk), rows.size(), changes.size(), errors, changes, tallies, decisions,
                reused);
    }

    /** The answer did not read the plan catalogue: a benchmark premium was given, or no county to look one up for. */
    private static boolean catalogueFree(EligibilityRequest request) {
        return request.benchmarkPremium() != null || request.place().countyfips() == null;
    }

    /**
     * An evaluation's answer and its summary (what the comparison reads and a live job stores, made once), or why it
     * failed (a year the version does not model, a parameter with no value...).
     */
    private record Attempt(Answer answer, AnswerSummary summary, String error) {
        HouseholdComparison.Side side(List<String> ids) {
            return answer != null ? new HouseholdComparison.Side(Outcomes.of(summary), answer.firedRules())
                    : new HouseholdComparison.Side(Outcomes.failed(ids, error), List.of());
        }
    }

    private Attempt attempt(Ruleset ruleset, EligibilityRequest request, long applicantId) {
        try {
            Answer answer = Answer.of(eligibility.evaluate(ruleset, request, true));
            return new Attempt(answer, AnswerSummary.of(answer.response()), null);
        } catch (RuntimeException e) {
            LOG.debugf("applicant %d on %s: %s", applicantId, ruleset.version(), e.getClass().getSimpleName());
            return new Attempt(null, null, FailedEvaluation.describe(e, "applicant " + applicantId));
        }
    }

    private Loaded load(Job job, long chunk, boolean withBaseline) {
        StringBuilder sql = new StringBuilder("select id, external_id, state, request, input_hash from applicant where id between ? and ?");
        if (job.filterState() != null) {
            sql.append(" and state = ?");
        }
        if (job.filterYear() != null) {
            sql.append(" and request_year = ?");
        }
        sql.append(" order by id");
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Row> rows = new ArrayList<>();
            Map<Long, Stored> baseline = new HashMap<>();
            try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql.toString())) {
                int i = 1;
                ps.setLong(i++, job.chunkStart(chunk));
                ps.setLong(i++, job.chunkEnd(chunk));
                if (job.filterState() != null) {
                    ps.setString(i++, job.filterState());
                }
                if (job.filterYear() != null) {
                    ps.setInt(i, job.filterYear());
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
                    }
                }
                if (withBaseline && !rows.isEmpty()) {
                    // the latest decision of the compare_to version on the applicant's current input, by its summary
                    // (decisions stored before summaries were have none: their applicants are evaluated again); the
                    // input hash is compared here, against the rows just read, rather than by joining applicant again
                    // (which read and decoded every applicant's stored request a second time)
                    Map<Long, String> currentHash = new HashMap<>();
                    rows.forEach(r -> currentHash.put(r.id(), r.hash()));
                    try (PreparedStatement ds = c.prepareStatement("select applicant_id, input_hash, answer_summary, fired_rules"
                            + " from decision_summary where applicant_id between ? and ? and ruleset_version = ?"
                            + " order by applicant_id, id")) {
                        ds.setLong(1, rows.get(0).id());
                        ds.setLong(2, rows.get(rows.size() - 1).id());
                        ds.setString(3, job.compareTo());
                        try (ResultSet rs = ds.executeQuery()) {
                            while (rs.next()) {
                                long applicant = rs.getLong(1);
                                if (rs.getString(2).equals(currentHash.get(applicant))) {
                                    baseline.put(applicant, new Stored(rs.getString(3), rs.getString(4)));
                                }
                            }
                        }
                    }
                }
            }
            return new Loaded(rows, baseline);
        });
    }
}
