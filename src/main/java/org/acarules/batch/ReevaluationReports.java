package org.acarules.batch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.acarules.applicants.CanonicalJson;

/** The summary (transition matrix) and the paged changes of a job, read from its tallies and change rows. */
@ApplicationScoped
public class ReevaluationReports {
    @Inject
    JobStore store;

    @Inject
    CanonicalJson json;

    Summary summary(Job job) {
        List<Summary.Transition> overall = new ArrayList<>();
        Map<String, List<Summary.Transition>> byState = new TreeMap<>();
        Map<String, List<Summary.Transition>> byBand = new TreeMap<>(Comparator.comparingInt(FplBand::rank));
        long[] persons = {0};
        BigDecimal[] money = {BigDecimal.ZERO, BigDecimal.ZERO};
        store.inTransaction(c -> {
            group(c, job.id(), null, (key, t) -> {
                overall.add(t);
                persons[0] += t.persons();
                money[0] = money[0].add(t.aptcBefore());
                money[1] = money[1].add(t.aptcAfter());
            });
            group(c, job.id(), "state", (key, t) -> byState.computeIfAbsent(key, k -> new ArrayList<>()).add(t));
            group(c, job.id(), "fpl_band", (key, t) -> byBand.computeIfAbsent(key, k -> new ArrayList<>()).add(t));
            return null;
        });
        return new Summary(job.id(), job.status(), job.rulesetVersion(), job.compareTo(), job.dryRun(), job.processed(),
                job.changed(), job.errors(), persons[0], money[0], money[1], overall, byState, new LinkedHashMap<>(byBand));
    }

    private interface Row {
        void accept(String key, Summary.Transition transition);
    }

    private static void group(java.sql.Connection c, long job, String by, Row row) throws java.sql.SQLException {
        String key = by == null ? "''" : by;
        String sql = "select " + key + ", outcome_before, outcome_after, sum(persons), sum(aptc_before), sum(aptc_after)"
                + " from reevaluation_tally where reevaluation_id = ? group by " + (by == null ? "" : by + ", ")
                + "outcome_before, outcome_after order by " + (by == null ? "" : by + ", ") + "outcome_before, outcome_after";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, job);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    BigDecimal before = rs.getBigDecimal(5).setScale(2);
                    BigDecimal after = rs.getBigDecimal(6).setScale(2);
                    row.accept(rs.getString(1), new Summary.Transition(rs.getString(2), rs.getString(3), rs.getLong(4),
                            before, after, after.subtract(before)));
                }
            }
        }
    }

    ChangePage changes(Job job, int page, int size) {
        return store.inTransaction(c -> {
            long total;
            try (PreparedStatement ps = c.prepareStatement("select count(*) from reevaluation_change where reevaluation_id = ?")) {
                ps.setLong(1, job.id());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<ChangePage.Item> items = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("select applicant_id, external_id, state, fpl_band, aptc_before,"
                    + " aptc_after, people, rules_added, rules_removed, error from reevaluation_change"
                    + " where reevaluation_id = ? order by applicant_id limit ? offset ?")) {
                ps.setLong(1, job.id());
                ps.setInt(2, size);
                ps.setLong(3, (long) page * size);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        items.add(new ChangePage.Item(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getBigDecimal(5), rs.getBigDecimal(6), json.tree(rs.getString(7)), list(rs.getString(8)),
                                list(rs.getString(9)), rs.getString(10)));
                    }
                }
            }
            return new ChangePage(page, size, total, items);
        });
    }

    private static List<String> list(String csv) {
        return csv == null || csv.isEmpty() ? List.of() : Arrays.asList(csv.split(","));
    }
}
