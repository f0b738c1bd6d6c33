package org.acarules.pool.statistics;

import java.math.BigDecimal;
import java.util.List;

/** Pool statistics as CSV: {@code section,key,persons,share,amount}, one row per figure. */
public final class StatisticsCsv {
    public static final String HEADER = "section,key,persons,share,amount";

    private StatisticsCsv() {
    }

    public static String write(PoolStatistics s) {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        row(out, "population", "households", s.households(), null, null);
        row(out, "population", "persons", s.persons(), null, null);
        row(out, "population", "errors", s.errors(), null, null);
        counts(out, "outcome", s.byOutcome());
        counts(out, "fpl_band", s.byFplBand());
        counts(out, "age_band", s.byAgeBand());
        counts(out, "state", s.byState());
        PoolStatistics.Pool p = s.pool();
        row(out, "pool", "persons", p.persons(), p.shareOfPopulation(), null);
        counts(out, "pool_age_band", p.ageMix());
        row(out, "pool", "age_18_34", null, p.share18To34(), null);
        row(out, "pool", "subsidized", p.subsidized(), p.subsidizedShare(), null);
        row(out, "pool", "total_aptc", null, null, p.totalAptc());
        row(out, "pool", "average_aptc", null, null, p.averageAptc());
        row(out, "pool", "average_gross_premium", p.personsWithPremium(), null, p.averageGrossPremium());
        row(out, "pool", "average_net_premium", p.personsWithPremium(), null, p.averageNetPremium());
        row(out, "coverage_gap", "persons", s.coverageGap(), null, null);
        row(out, "mandate", "liable", s.mandate().liablePersons(), null, s.mandate().totalPayment());
        row(out, "mandate", "liable_households", s.mandate().liableHouseholds(), null, null);
        return out.toString();
    }

    private static void counts(StringBuilder out, String section, List<PoolStatistics.Count> counts) {
        counts.forEach(c -> row(out, section, c.key(), c.persons(), c.share(), null));
    }

    private static void row(StringBuilder out, String section, String key, Long persons, BigDecimal share, BigDecimal amount) {
        out.append(section).append(',').append(key).append(',').append(persons == null ? "" : persons).append(',')
                .append(share == null ? "" : share.toPlainString()).append(',').append(amount == null ? "" : amount.toPlainString())
                .append('\n');
    }
}
