package org.acarules.pool.projection;

/**
 * A person of a projected household: age, premium rating factor (the ruleset's age curve, 1.0 at 21) and age-cost
 * factor (the claims of an average-risk person of that age relative to a 40-year-old's).
 */
public record ModelPerson(int age, double ratingFactor, double costFactor) {
}
