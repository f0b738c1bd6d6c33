package org.acarules.facts.plans.benchmark;

/** The plan the rules chose as the benchmark asked for. */
public record BenchmarkPlan(String kind, CandidatePlan plan) {
}
