package org.acarules.facts.plans.benchmark;

/** Which benchmark is asked for: slcsp (second-lowest-cost silver), lcsp (lowest-cost silver) or lcbp (lowest-cost bronze). */
public record BenchmarkQuestion(String kind) {
}
