package org.acarules.pool.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import org.acarules.eligibility.EligibilityRequest;
import org.acarules.eligibility.EligibilityResponse;
import org.acarules.eligibility.EligibilityService;
import org.acarules.engine.Ruleset;
import org.acarules.pool.HouseholdProgress;
import org.acarules.pool.MandatePayments;
import org.acarules.pool.PopulationScope;
import org.acarules.pool.StoredHouseholds;
import org.jboss.logging.Logger;

/**
 * Pool statistics: every selected stored household evaluated under the chosen version (streamed in id pages,
 * see {@link StoredHouseholds}) and added to a {@link StatisticsAccumulator}; the mandate payment is the ruleset's
 * for the household's own year.
 */
@ApplicationScoped
public class PoolStatisticsService {
    private static final Logger LOG = Logger.getLogger(PoolStatisticsService.class);

    @Inject
    PopulationScope scope;

    @Inject
    StoredHouseholds households;

    @Inject
    EligibilityService eligibility;

    @Inject
    MandatePayments payments;

    public PoolStatistics statistics(String version, Integer year, String state) {
        return statistics(version, year, state, HouseholdProgress.NONE);
    }

    /** The checks statistics make before evaluating anyone (400 naming each field): the version and the households selected. */
    public Checked check(String version, Integer year, String state) {
        Ruleset ruleset = scope.ruleset(version, year, state, "ruleset_version", "");
        return new Checked(ruleset.version(), scope.nonEmpty(year, state, "population"));
    }

    public record Checked(String rulesetVersion, long households) {
    }

    /** The same, telling {@code progress} after each household (a statistics job). */
    public PoolStatistics statistics(String version, Integer year, String state, HouseholdProgress progress) {
        Ruleset ruleset = scope.ruleset(version, year, state, "ruleset_version", "");
        scope.nonEmpty(year, state, "population");
        StatisticsAccumulator totals = new StatisticsAccumulator();
        long[] done = {0};
        households.forEach(year, state, h -> {
            add(totals, h.id(), h.request(), ruleset);
            progress.evaluated(++done[0]);
        });
        return totals.result(ruleset.version(), year, state);
    }

    /** One household into the totals; a household the version cannot evaluate is counted as an error. */
    public void add(StatisticsAccumulator totals, long id, EligibilityRequest request, Ruleset ruleset) {
        EligibilityResponse response;
        try {
            response = eligibility.evaluate(ruleset, request, false);
        } catch (RuntimeException e) {
            LOG.debugf("applicant %d on %s: %s", id, ruleset.version(), e.getClass().getSimpleName());
            totals.failed(request);
            return;
        }
        BigDecimal payment;
        try {
            payment = payments.payment(ruleset, request, response.people().stream()
                    .map(p -> org.acarules.pool.projection.ProjectionInputs.name(p.outcome())).toList(), request.year());
        } catch (RuntimeException e) {
            LOG.debugf("applicant %d: no mandate payment (%s)", id, e.getClass().getSimpleName());
            payment = null;
        }
        totals.add(request, response, payment);
    }
}
