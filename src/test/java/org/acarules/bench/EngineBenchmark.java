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
 * -Dbench.engine.agreement (100000).
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

        Result singleSample = result(results, "rulesOneHousehold", Mode.SampleTime);
        Result single = result(results, "rulesOneHousehold", Mode.AverageTime);
        Result plainSingle = result(results, "plainOneHousehold", Mode.AverageTime);
        Result batch = result(results, "rulesBatch", Mode.AverageTime);
        Result plainBatch = result(results, "plainBatch", Mode.AverageTime);

        double median = singleSample.getStatistics().getPercentile(50);
        figures.add(new Figure("engine: one household per session, median", median, "us/household",
                "<= " + SINGLE_MEDIAN_TARGET_US, median <= SINGLE_MEDIAN_TARGET_US,
                String.format(Locale.ROOT, "%s; p90 %.1f, p99 %.1f us; %,.0f households/s/core", how,
                        singleSample.getStatistics().getPercentile(90), singleSample.getStatistics().getPercentile(99),
                        1e6 / median)));
        figures.add(new Figure("engine: one household per session, mean", single.getScore(), "us/household", "report",
                true, errorNote(single)));
        figures.add(new Figure("plain Java: one household, mean", plainSingle.getScore(), "us/household", "report",
                true, errorNote(plainSingle)));
        double singleRatio = single.getScore() / plainSingle.getScore();
        figures.add(new Figure("ratio rules/plain, one household per session", singleRatio, "x", "report", valid,
                voidNote + "means of the same JMH run"));
        figures.add(new Figure("engine: batches of " + EngineJmh.BATCH + ", per household", batch.getScore(),
                "us/household", "report", true, errorNote(batch)));
        figures.add(new Figure("plain Java: batches of " + EngineJmh.BATCH + ", per household", plainBatch.getScore(),
                "us/household", "report", true, errorNote(plainBatch)));
        double batchRatio = batch.getScore() / plainBatch.getScore();
        figures.add(new Figure("ratio rules/plain, batches of " + EngineJmh.BATCH, batchRatio, "x",
                "<= " + BATCH_RATIO_TARGET, valid && batchRatio <= BATCH_RATIO_TARGET, voidNote + "means of the same JMH run"));
        return figures;
    }

    private static String errorNote(Result result) {
        return String.format(Locale.ROOT, "+/- %.3f %s (99.9%% CI)", result.getScoreError(), result.getScoreUnit());
    }

    private static Result result(Collection<RunResult> results, String method, Mode mode) {
        return results.stream()
                .filter(r -> r.getParams().getBenchmark().endsWith("." + method) && r.getParams().getMode() == mode)
                .map(RunResult::getPrimaryResult).findFirst()
                .orElseThrow(() -> new IllegalStateException("JMH gave no " + mode + " result for " + method));
    }
}
