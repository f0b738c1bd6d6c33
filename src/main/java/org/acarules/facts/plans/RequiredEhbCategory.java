package org.acarules.facts.plans;

/** One of the essential health benefit categories of benefit-definitions/ehb, inserted for every evaluation. */
public record RequiredEhbCategory(String id, String name, String citation) {
}
