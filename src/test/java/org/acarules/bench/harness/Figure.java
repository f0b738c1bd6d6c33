package org.acarules.bench.harness;

/**
 * One line of the benchmark table: what was measured, its value and unit, the target it is held to and whether
 * it met it. {@code note} says how it was measured (forks, error, load generator CPU, ...).
 */
public record Figure(String name, double value, String unit, String target, boolean pass, String note) {}
