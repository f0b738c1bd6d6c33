package org.acarules.facts.plans;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The plan claims grandfathered status. Medical inflation since March 2010 is either given directly or derived by
 * the rules from the medical care CPI value given; both null when no change needs it.
 */
public record GrandfatherClaim(LocalDate oldestEnrolleeJoined, BigDecimal medicalInflation, BigDecimal medicalCareCpi) {
}
