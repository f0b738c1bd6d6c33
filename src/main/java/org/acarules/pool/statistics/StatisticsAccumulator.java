package org.acarules.pool.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.acarules.batch.FplBand;
import org.acarules.eligibility.EligibilityRequest;
import org.acarules.eligibility.EligibilityResponse;
import org.acarules.pool.projection.ProjectionModel;

/**
 * Running totals of pool statistics, one household at a time (a few maps of counters: the population itself is
 * never kept). Money is BigDecimal.
 */
public final class StatisticsAccumulator {
    private static final List<String> OUTCOMES = List.of("medicaid", "chip", "employer_coverage", "basic_health_program", "coverage_gap", "aptc",
            "marketplace", "not_eligible", "error");
    private long households;
    private long persons;
    private long errors;
    private final Map<String, Long> outcomes = new LinkedHashMap<>();
    private final Map<String, Long> fplBands = new LinkedHashMap<>();
    private final Map<String, Long> ageBands = new LinkedHashMap<>();
    private final Map<String, Long> states = new TreeMap<>();
    private final Map<String, Long> poolAges = new LinkedHashMap<>();
    private long pool;
    private long poolYoung;
    private long subsidized;
    private BigDecimal aptc = BigDecimal.ZERO;
    private long personsWithPremium;
    private BigDecimal gross = BigDecimal.ZERO;
    private BigDecimal net = BigDecimal.ZERO;
    private long coverageGap;
    private long liablePersons;
    private long liableHouseholds;
    private BigDecimal payments = BigDecimal.ZERO;
    private long paymentsNotComputed;

    public StatisticsAccumulator() {
        OUTCOMES.forEach(o -> outcomes.put(o, 0L));
        FplBand.ORDER.forEach(b -> fplBands.put(b, 0L));
        ProjectionModel.AGE_BANDS.forEach(b -> {
            ageBands.put(b, 0L);
            poolAges.put(b, 0L);
        });
    }

    /** A household whose evaluation failed: its persons are counted under "error". */
    public void failed(EligibilityRequest request) {
        households++;
        errors++;
        for (EligibilityRequest.PersonInput p : request.household().people()) {
            persons++;
            outcomes.merge("error", 1L, Long::sum);
            ageBands.merge(ProjectionModel.ageBand(p.age()), 1L, Long::sum);
            states.merge(request.place().state(), 1L, Long::sum);
            fplBands.merge("unknown", 1L, Long::sum);
        }
    }

    /** {@code payment}: the household's mandate payment if its pool members went uninsured; null if not computed. */
    public void add(EligibilityRequest request, EligibilityResponse response, BigDecimal payment) {
        households++;
        String band = FplBand.of(response.household().fplPercent());
        long poolHere = 0;
        long subsidizedHere = 0;
        for (int i = 0; i < response.people().size(); i++) {
            EligibilityResponse.PersonResult r = response.people().get(i);
            int age = request.household().people().get(i).age();
            String outcome = org.acarules.pool.projection.ProjectionInputs.name(r.outcome());
            persons++;
            outcomes.merge(outcome, 1L, Long::sum);
            fplBands.merge(band, 1L, Long::sum);
            ageBands.merge(ProjectionModel.ageBand(age), 1L, Long::sum);
            states.merge(request.place().state(), 1L, Long::sum);
            if (r.inCoverageGap() || "coverage_gap".equals(outcome)) {
                coverageGap++;
            }
            if ("aptc".equals(outcome) || "marketplace".equals(outcome)) {
                poolHere++;
                poolAges.merge(ProjectionModel.ageBand(age), 1L, Long::sum);
                if (age >= 18 && age <= 34) {
                    poolYoung++;
                }
                if ("aptc".equals(outcome)) {
                    subsidizedHere++;
                }
            }
        }
        pool += poolHere;
        subsidized += subsidizedHere;
        BigDecimal householdAptc = subsidizedHere > 0 ? annualAptc(response) : BigDecimal.ZERO;
        aptc = aptc.add(householdAptc);
        BigDecimal benchmark = benchmarkAnnual(request, response);
        if (poolHere > 0 && benchmark != null) {
            personsWithPremium += poolHere;
            gross = gross.add(benchmark);
            net = net.add(benchmark.subtract(householdAptc).max(BigDecimal.ZERO));
        }
        if (payment == null) {
            paymentsNotComputed++;
        } else if (payment.signum() > 0) {
            liableHouseholds++;
            liablePersons += poolHere;
            payments = payments.add(payment);
        }
    }

    private static BigDecimal annualAptc(EligibilityResponse response) {
        EligibilityResponse.Aptc a = response.household().aptc();
        return a != null && a.amount() != null && a.amount().annual() != null ? a.amount().annual() : BigDecimal.ZERO;
    }

    private static BigDecimal benchmarkAnnual(EligibilityRequest request, EligibilityResponse response) {
        BigDecimal monthly = request.benchmarkPremium() != null ? request.benchmarkPremium().monthly() : null;
        EligibilityResponse.Aptc a = response.household().aptc();
        if (monthly == null && a != null && a.benchmarkPremium() != null) {
            monthly = a.benchmarkPremium().monthly();
        }
        return monthly == null ? null : monthly.multiply(BigDecimal.valueOf(12));
    }

    public long households() {
        return households;
    }

    public PoolStatistics result(String version, Integer year, String state) {
        PoolStatistics.Pool poolResult = new PoolStatistics.Pool(pool, share(pool, persons), counts(poolAges, pool),
                share(poolYoung, pool), subsidized, share(subsidized, pool), money(aptc), average(aptc, subsidized),
                personsWithPremium, average(gross, personsWithPremium), average(net, personsWithPremium));
        return new PoolStatistics(version, year, state, households, persons, errors, counts(outcomes, persons),
                counts(fplBands, persons), counts(ageBands, persons), counts(states, persons), poolResult, coverageGap,
                new PoolStatistics.Mandate(year, liablePersons, liableHouseholds, money(payments), paymentsNotComputed));
    }

    private static List<PoolStatistics.Count> counts(Map<String, Long> map, long whole) {
        List<PoolStatistics.Count> list = new ArrayList<>();
        map.forEach((k, v) -> list.add(new PoolStatistics.Count(k, v, share(v, whole))));
        return list;
    }

    static BigDecimal share(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    private static BigDecimal average(BigDecimal total, long n) {
        return n == 0 ? null : total.divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
