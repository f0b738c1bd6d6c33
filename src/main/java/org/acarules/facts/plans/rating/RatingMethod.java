package org.acarules.facts.plans.rating;

/** How the state rates by age: federal, child_band_0_20 or family_tier (parameter gov.aca.rating.age_rating_method). */
public record RatingMethod(String method) {
}
