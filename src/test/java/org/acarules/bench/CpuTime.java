package org.acarules.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.acarules.bench.baseline.PlainJavaEligibility;
import org.acarules.eligibility.EligibilityEvaluator;
import org.acarules.eligibility.EligibilityRequest;
import org.acarules.engine.RuleEngine;
import org.acarules.engine.Ruleset;

/**
 * The engine and the baseline timed by the thread's CPU time rather than the clock: on a machine shared with other
 * builds, wall time counts the time the thread waited for a core, CPU time does not. Not JMH (no forks, no error
 * bars): a cross-check of the JMH figures, reported as the median of one-second windows after as long a warm-up.
 */
final class CpuTime {
    private CpuTime() {
    }

    record Result(double rulesUs, double plainUs, int windows) {
        String note() {
            return String.format(Locale.ROOT, "thread CPU time, median of %d one-second windows after warm-up, in the harness JVM",
                    windows);
        }
    }

    static Result measure(Ruleset ruleset, List<EligibilityRequest> households, int seconds) {
        RuleEngine engine = new RuleEngine(10_000);
        PlainJavaEligibility plain = new PlainJavaEligibility(ruleset.parameters());
        double rules = median(seconds, households, r -> EligibilityEvaluator.evaluate(engine, ruleset, r, false));
        double floor = median(seconds, households, plain::evaluate);
        return new Result(rules, floor, seconds);
    }

    private static double median(int seconds, List<EligibilityRequest> households,
            java.util.function.Function<EligibilityRequest, Object> evaluation) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Double> windows = new ArrayList<>();
        int next = 0;
        Object last = null;
        for (int window = 0; window < 2 * seconds; window++) { // the first half is warm-up
            long startWall = System.nanoTime();
            long startCpu = threads.getCurrentThreadCpuTime();
            long count = 0;
            while (System.nanoTime() - startWall < 1_000_000_000L) {
                for (int i = 0; i < 100; i++) {
                    last = evaluation.apply(households.get(next));
                    next = next + 1 == households.size() ? 0 : next + 1;
                }
                count += 100;
            }
            if (window >= seconds) {
                windows.add((threads.getCurrentThreadCpuTime() - startCpu) / 1e3 / count);
            }
        }
        if (last == null) {
            throw new IllegalStateException("no evaluation ran");
        }
        windows.sort(null);
        return windows.get(windows.size() / 2);
    }
}
