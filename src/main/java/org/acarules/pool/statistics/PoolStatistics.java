package org.acarules.pool.statistics;

import java.math.BigDecimal;
import java.util.List;

/**
 * Statistics of a stored population under one ruleset version. Persons are counted by their outcome; FPL bands
 * are of the household's fpl_percent (the re-evaluation summary's bands); shares are of all persons (the pool's
 * age mix: of the pool's persons). APTC, premiums and payments are annual dollars.
 */
public record PoolStatistics(String rulesetVersion, Integer year, String state, long households, long persons,
        long errors, List<Count> byOutcome, List<Count> byFplBand, List<Count> byAgeBand, List<Count> byState, Pool pool,
        long coverageGap, Mandate mandate) {

    public record Count(String key, long persons, BigDecimal share) {
    }

    /**
     * The Marketplace pool: persons whose outcome is aptc or marketplace. Premiums are the households' benchmark
     * premiums (the request's, or the plan catalogue's) per pool person of the households that have one
     * ({@code persons_with_premium}); net = benchmark minus the household's APTC, not below zero.
     */
    public record Pool(long persons, BigDecimal shareOfPopulation, List<Count> ageMix, @com.fasterxml.jackson.annotation.JsonProperty("share_18_to_34") BigDecimal share18To34,
            long subsidized, BigDecimal subsidizedShare, BigDecimal totalAptc, BigDecimal averageAptc,
            long personsWithPremium, BigDecimal averageGrossPremium, BigDecimal averageNetPremium) {
    }

    /**
     * The shared responsibility payment the households would owe for {@code year} if their pool members went
     * uninsured (see MandatePayments): persons in households owing more than zero, and the total.
     */
    public record Mandate(Integer year, long liablePersons, long liableHouseholds, BigDecimal totalPayment, long notComputed) {
    }
}
