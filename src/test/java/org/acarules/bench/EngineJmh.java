package org.acarules.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.acarules.bench.baseline.PlainJavaEligibility;
import org.acarules.bench.baseline.RandomHouseholds;
import org.acarules.bench.baseline.Verdict;
import org.acarules.eligibility.EligibilityEvaluator;
import org.acarules.eligibility.EligibilityRequest;
import org.acarules.eligibility.EligibilityResponse;
import org.acarules.engine.RuleEngine;
import org.acarules.engine.Ruleset;
import org.acarules.engine.RulesetCompiler;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The JMH benchmarks behind the engine suite: one full eligibility evaluation of a household (facts, rules, the answer
 * shaped, no trace) through the production path, against the plain-Java baseline on the same households; and the same
 * in batches of {@link #BATCH} households. Households come from a seeded generator (all states, years 2014-2026).
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EngineJmh {
    public static final int BATCH = 1_000;
    private static final int HOUSEHOLDS = 4_096;

    private Ruleset ruleset;
    private RuleEngine engine;
    private PlainJavaEligibility plain;
    private EligibilityRequest[] households;
    private List<EligibilityRequest> batch;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        BenchLogging.asInTheService();
        Path project = Path.of(System.getProperty("bench.project", "."));
        ruleset = new RulesetCompiler(EngineJmh.class.getClassLoader())
                .compile(project.resolve("rules"), project.resolve("benefit-definitions"));
        engine = new RuleEngine(10_000);
        plain = new PlainJavaEligibility(ruleset.parameters());
        households = households().toArray(EligibilityRequest[]::new);
        batch = List.of(households).subList(0, BATCH);
    }

    private EligibilityRequest nextHousehold() {
        EligibilityRequest request = households[next];
        next = (next + 1) & (HOUSEHOLDS - 1);
        return request;
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    public EligibilityResponse rulesOneHousehold() {
        return EligibilityEvaluator.evaluate(engine, ruleset, nextHousehold(), false);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    public Verdict plainOneHousehold() {
        return plain.evaluate(nextHousehold());
    }

    /** The households the benchmarks cycle through (seeded), for the CPU-time cross-check. */
    public static List<EligibilityRequest> households() {
        return new RandomHouseholds(20_261_126L).next(HOUSEHOLDS);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OperationsPerInvocation(BATCH)
    public void rulesBatch(Blackhole blackhole) {
        blackhole.consume(EligibilityEvaluator.evaluateAll(engine, ruleset, batch));
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OperationsPerInvocation(BATCH)
    public void plainBatch(Blackhole blackhole) {
        for (EligibilityRequest request : batch) {
            blackhole.consume(plain.evaluate(request));
        }
    }
}
