package org.acarules.plans.benchmark;

import org.acarules.facts.Relationship;

/** A member of the coverage family the benchmark premium is for. */
public record CoveredMember(String id, int age, Relationship relationship) {
}
