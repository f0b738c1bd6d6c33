package org.acarules.facts.plans.benchmark;

import java.math.BigDecimal;

/**
 * A plan offered in the household's rating area, with its premium for the household (age-rated, no tobacco
 * surcharge, EHB portion) and its rank among plans of its metal level (1 = cheapest; equal premiums are ordered by plan id).
 */
public record CandidatePlan(String planId, String metalLevel, int rank, BigDecimal premium, boolean coversPediatricDental,
        boolean illustrative) {
}
