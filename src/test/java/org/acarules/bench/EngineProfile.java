package org.acarules.bench;

import java.nio.file.Path;
import org.acarules.bench.baseline.RandomHouseholds;
import org.acarules.eligibility.EligibilityEvaluator;
import org.acarules.eligibility.EligibilityRequest;
import org.acarules.engine.RuleEngine;
import org.acarules.engine.Ruleset;
import org.acarules.engine.RulesetCompiler;

/**
 * A loop to profile, not a measurement: evaluates random households for a number of seconds, so a profiler (JFR:
 * java -XX:StartFlightRecording=duration=60s,filename=engine.jfr ...) sees the engine's hot paths. Arguments: project
 * dir, seconds, "batch" for batches of 1,000 in one call.
 */
public final class EngineProfile {
    private EngineProfile() {
    }

    public static void main(String[] args) {
        BenchLogging.asInTheService();
        Path project = Path.of(args.length > 0 ? args[0] : ".");
        long seconds = args.length > 1 ? Long.parseLong(args[1]) : 30;
        boolean batch = args.length > 2 && args[2].equals("batch");
        Ruleset ruleset = new RulesetCompiler(EngineProfile.class.getClassLoader())
                .compile(project.resolve("rules"), project.resolve("benefit-definitions"));
        RuleEngine engine = new RuleEngine(10_000);
        EligibilityRequest[] households = new RandomHouseholds(20_261_126L).next(4_096).toArray(EligibilityRequest[]::new);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long count = 0;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long windowStart = System.nanoTime();
        long windowCpu = threads.getCurrentThreadCpuTime();
        long windowCount = 0;
        java.util.List<Double> cpuPerHousehold = new java.util.ArrayList<>();
        while (System.nanoTime() < end) {
            if (batch) {
                EligibilityEvaluator.evaluateAll(engine, ruleset, java.util.List.of(households).subList(0, 1_000));
                count += 1_000;
                windowCount += 1_000;
            } else {
                EligibilityEvaluator.evaluate(engine, ruleset, households[(int) (count & 4_095)], false);
                count++;
                windowCount++;
            }
            long now = System.nanoTime();
            if (now - windowStart > 5_000_000_000L) {
                long cpu = threads.getCurrentThreadCpuTime();
                double cpuUs = (cpu - windowCpu) / 1e3 / windowCount;
                cpuPerHousehold.add(cpuUs);
                System.out.printf("%.1f us/household wall, %.1f us/household CPU%n", (now - windowStart) / 1e3 / windowCount,
                        cpuUs);
                windowStart = now;
                windowCpu = cpu;
                windowCount = 0;
            }
        }
        java.util.List<Double> lastHalf = cpuPerHousehold.subList(cpuPerHousehold.size() / 2, cpuPerHousehold.size())
                .stream().sorted().toList();
        System.out.printf("CPU per household, median of the last %d windows: %.1f us%n", lastHalf.size(),
                lastHalf.get(lastHalf.size() / 2));
    }
}
