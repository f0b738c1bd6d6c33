package org.acarules.pool;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.acarules.applicants.CanonicalJson;
import org.acarules.eligibility.EligibilityRequest;

/**
 * Stored applicants read in id-keyset pages of {@value #PAGE} (one short transaction each), so a population of any
 * size passes through without being held in memory. Filters: the request's year and state (null: any).
 */
@ApplicationScoped
public class StoredHouseholds {
    static final int PAGE = 1_000;

    @Inject
    DataSource dataSource;

    @Inject
    CanonicalJson json;

    /** A stored household: applicant id, external id, request. */
    public record Household(long id, String externalId, EligibilityRequest request) {
    }

    public interface Visitor {
        void visit(Household household);
    }

    public long count(Integer year, String state) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection();
                    PreparedStatement ps = c.prepareStatement("select count(*) from applicant where 1 = 1" + where(year, state))) {
                bind(ps, 1, year, state);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    public void forEach(Integer year, String state, Visitor visitor) {
        long after = Long.MIN_VALUE;
        while (true) {
            List<Household> page = page(after, year, state);
            for (Household h : page) {
                visitor.visit(h);
            }
            if (page.size() < PAGE) {
                return;
            }
            after = page.get(page.size() - 1).id();
        }
    }

    private List<Household> page(long after, Integer year, String state) {
        String sql = "select id, external_id, request from applicant where id > ?" + where(year, state) + " order by id";
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Household> rows = new ArrayList<>();
            try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, after);
                bind(ps, 2, year, state);
                ps.setMaxRows(PAGE);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Household(rs.getLong(1), rs.getString(2), json.request(rs.getString(3))));
                    }
                }
            }
            return rows;
        });
    }

    private static String where(Integer year, String state) {
        return (year != null ? " and request_year = ?" : "") + (state != null ? " and state = ?" : "");
    }

    private static void bind(PreparedStatement ps, int i, Integer year, String state) throws java.sql.SQLException {
        if (year != null) {
            ps.setInt(i++, year);
        }
        if (state != null) {
            ps.setString(i, state);
        }
    }
}
