package org.acarules.facts.plans.rating;

import java.math.BigDecimal;

/** In a family-tier state: the household's tier and the multiplier of the base rate it pays. */
public record FamilyTier(String tier, BigDecimal multiplier) {
}
