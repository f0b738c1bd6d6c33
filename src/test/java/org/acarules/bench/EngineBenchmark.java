package org.acarules.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.acarules.bench.baseline.Agreement;
import org.acarules.bench.harness.BenchmarkSuite;
import org.acarules.bench.harness.Figure;
import org.acarules.engine.Ruleset;
import org.acarules.engine.RulesetCompiler;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Suite "engine": the engine cost of a full eligibility evaluation and its ratio to the plain-Java floor, per
 * household and in batches, measured by JMH ({@link EngineJmh}) in one run; and the agreement of the baseline with
 * the rules on random households (100,000 by default), without which the ratios are void.
 * Settings: -Dbench.engine.forks (1), -Dbench.engine.iterations (5 of 2 s, after 3 of 2 s warm-up),
 * -Dbench.engine.agreement (100000), -Dbench.engine.cpu-seconds (10, the thread-CPU-time cross-check per side).
 */
public class EngineBenchmark implements BenchmarkSuite {
    static final double SINGLE_MEDIAN_TARGET_US = 20.0;
    static final double BATCH_RATIO_TARGET = 10.0;

    @Override
    public String id() {
        return "engine";
    }

    @Override
    public List<Figure> run(Path projectDir, Path workDir) throws Exception {
        BenchLogging.asInTheService();
        int forks = Integer.getInteger("bench.engine.forks", 1);
        int iterations = Integer.getInteger("bench.engine.iterations", 5);
        int agreementHouseholds = Integer.getInteger("bench.engine.agreement", 100_000);

        Ruleset ruleset = new RulesetCompiler(getClass().getClassLoader())
                .compile(projectDir.resolve("rules"), projectDir.resolve("benefit-definitions"));
        long start = System.nanoTime();
        Agreement.Result agreement = Agreement.check(ruleset, 20_261_126L, agreementHouseholds);
        System.out.printf("agreement (%d s): %s%n", (System.nanoTime() - start) / 1_000_000_000L, agreement);

        Options options = new OptionsBuilder()
                .include(EngineJmh.class.getName() + "\\.")
                .forks(forks)
                .warmupIterations(3).warmupTime(TimeValue.seconds(2))
                .measurementIterations(iterations).measurementTime(TimeValue.seconds(2))
                .threads(1)
                .jvmArgsAppend("-Xmx1g", "-Dbench.project=" + projectDir,
                        "-Djava.util.logging.manager=org.jboss.logmanager.LogManager")
                .result(workDir.resolve("jmh.json").toString())
                .resultFormat(org.openjdk.jmh.results.format.ResultFormatType.JSON)
                .build();
        Collection<RunResult> results = new Runner(options).run();

        String how = String.format(Locale.ROOT, "JMH, %d fork(s), 3x2 s warm-up, %dx2 s measured, 1 thread", forks, iterations);
        boolean valid = agreement.exact();
        String voidNote = valid ? "" : "VOID: baseline disagrees with the rules; ";
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("baseline agrees with the rules (random households)", agreement.agreed(), "households",
                "all " + agreement.households(), valid, agreement.disagreements().isEmpty() ? "seeded; "
                        + agreement.refusedByBoth() + " refused by both" : agreement.disagreements().get(0)));

        Result single = result(results, "rulesOneHousehold");
        Result plainSingle = result(results, "plainOneHousehold");
        Result batch = result(results, "rulesBatch");
        Result plainBatch = result(results, "plainBatch");

        double median = median(single);
        figures.add(new Figure("engine: one household per session, median", median, "us/household",
                "<= " + SINGLE_MEDIAN_TARGET_US, median <= SINGLE_MEDIAN_TARGET_US,
                String.format(Locale.ROOT, "%s; p90 %.1f, p99 %.1f us; mean %s; %,.0f households/s/core at the median",
                        how, single.getStatistics().getPercentile(90), single.getStatistics().getPercentile(99),
                        meanNote(single), 1e6 / median)));
        figures.add(new Figure("plain Java: one household, median", median(plainSingle), "us/household", "report",
                true, "mean " + meanNote(plainSingle)));
        figures.add(new Figure("ratio rules/plain, one household per session", median / median(plainSingle), "x",
                "report", valid, voidNote + "medians of the same JMH run"));
        figures.add(new Figure("engine: batches of " + EngineJmh.BATCH + ", per household, median", median(batch),
                "us/household", "report", true, "each household in its own pooled session; mean " + meanNote(batch)));
        figures.add(new Figure("plain Java: batches of " + EngineJmh.BATCH + ", per household, median",
                median(plainBatch), "us/household", "report", true, "mean " + meanNote(plainBatch)));
        double batchRatio = median(batch) / median(plainBatch);
        figures.add(new Figure("ratio rules/plain, batches of " + EngineJmh.BATCH, batchRatio, "x",
                "<= " + BATCH_RATIO_TARGET, valid && batchRatio <= BATCH_RATIO_TARGET,
                voidNote + "medians of the same JMH run"));

        // A cross-check that a busy machine cannot inflate: thread CPU time, not wall time (not JMH).
        CpuTime.Result cpu = CpuTime.measure(ruleset, EngineJmh.households(), Integer.getInteger("bench.engine.cpu-seconds", 10));
        figures.add(new Figure("engine: one household, thread CPU time", cpu.rulesUs(), "us/household",
                "<= " + SINGLE_MEDIAN_TARGET_US, cpu.rulesUs() <= SINGLE_MEDIAN_TARGET_US, cpu.note()));
        figures.add(new Figure("plain Java: one household, thread CPU time", cpu.plainUs(), "us/household", "report",
                true, cpu.note()));
        figures.add(new Figure("ratio rules/plain, thread CPU time", cpu.rulesUs() / cpu.plainUs(), "x", "report",
                valid, voidNote + "cross-check of the JMH ratio, not JMH"));
        return figures;
    }

    private static double median(Result result) {
        return result.getStatistics().getPercentile(50);
    }

    private static String meanNote(Result result) {
        return String.format(Locale.ROOT, "%.2f +/- %.2f us (99.9%% CI)", result.getScore(), result.getScoreError());
    }

    private static Result result(Collection<RunResult> results, String method) {
        return results.stream()
                .filter(r -> r.getParams().getBenchmark().endsWith("." + method) && r.getParams().getMode() == Mode.SampleTime)
                .map(RunResult::getPrimaryResult).findFirst()
                .orElseThrow(() -> new IllegalStateException("JMH gave no sample-time result for " + method));
    }
}
