package org.acarules.pool.projection;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One projected plan year of one scenario. Premiums are for a 40-year-old, monthly (the gross premium the pool
 * charges; the benchmark, as the pool has one plan); averages are per enrolled person, a year. {@code age_mix}:
 * enrolled persons per age band; {@code healthy_share}: enrolled persons whose health-risk draw is below
 * healthy_below; {@code uninsured}: persons neither enrolled nor covered by Medicaid, CHIP or an employer.
 */
public record YearResult(int year, long eligible, long enrolled, long enrolledHouseholds, BigDecimal healthyShare,
        @com.fasterxml.jackson.annotation.JsonProperty("share_18_to_34") BigDecimal share18To34, Map<String, Long> ageMix, BigDecimal premium40Monthly, BigDecimal premiumChange,
        BigDecimal averageGrossPremium, BigDecimal averageNetPremium, long subsidizedEnrolled, BigDecimal federalAptcCost,
        BigDecimal reinsurancePaid, long uninsured, BigDecimal mandatePaymentsOwed) {
}
