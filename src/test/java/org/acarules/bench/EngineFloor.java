package org.acarules.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.acarules.bench.baseline.PlainJavaEligibility;
import org.acarules.bench.baseline.RandomHouseholds;
import org.acarules.eligibility.EligibilityEvaluator;
import org.acarules.eligibility.EligibilityRequest;
import org.acarules.engine.RuleEngine;
import org.acarules.engine.Ruleset;
import org.acarules.engine.RulesetCompiler;

/**
 * Where an eligibility evaluation's time goes, by subtraction rather than sampling: thread CPU time per household of
 * (1) building the facts, (2) Drools' floor (the same facts through a pooled session of a rule base with one rule
 * that never matches: hand-over, listener, inserts, an empty fireAllRules, reading working memory back, reset; and
 * the same with every fact a full evaluation concludes inserted too, which is what a session's own costs can be),
 * (3) the full eligibility rules without shaping the answer, (4) the production path (1 + 3 + the answer shaped), and
 * the plain-Java baseline. Run: {@code java -cp ... org.acarules.bench.EngineFloor [project] [seconds per step]}.
 */
public final class EngineFloor {
    private static final String NEVER = """
            package floor;
            import org.acarules.facts.*;
            rule "FLOOR-001 Never matches: the engine's cost with no rule to run"
                @citation("none (a benchmark)")
            when
                Household(income < -1)
            then
            end
            """;

    public static void main(String[] args) throws Exception {
        BenchLogging.asInTheService();
        Path project = Path.of(args.length > 0 ? args[0] : ".");
        long seconds = args.length > 1 ? Long.parseLong(args[1]) : 10;
        RulesetCompiler compiler = new RulesetCompiler(EngineFloor.class.getClassLoader());
        Ruleset full = compiler.compile(project.resolve("rules"), project.resolve("benefit-definitions"));
        Path floorRules = Files.createTempDirectory("floor-rules");
        Files.createDirectories(floorRules.resolve("floor"));
        Files.writeString(floorRules.resolve("floor/floor.drl"), NEVER);
        Ruleset floor = compiler.compile(floorRules, project.resolve("benefit-definitions"));
        RuleEngine engine = new RuleEngine(10_000);
        PlainJavaEligibility plain = new PlainJavaEligibility(full.parameters());
        EligibilityRequest[] households = new RandomHouseholds(20_261_126L).next(4_096).toArray(EligibilityRequest[]::new);
        List<Object>[] facts = new List[households.length];
        for (int i = 0; i < households.length; i++) {
            facts[i] = EligibilityEvaluator.facts(households[i]);
        }
        // every fact a full evaluation ends with (the request's and the rules' conclusions), to see what inserting
        // them and resetting costs without any rule matching them
        List<Object>[] allFacts = new List[households.length];
        for (int i = 0; i < households.length; i++) {
            allFacts[i] = engine.evaluate(full, facts[i]).facts();
        }
        double factCount = 0;
        for (List<Object> f : facts) {
            factCount += f.size();
        }
        System.out.printf("facts per household: %.1f; after a full evaluation: %.1f%n", factCount / facts.length, java.util.Arrays.stream(allFacts).mapToInt(List::size).average().orElse(0));
        Object[] sink = new Object[1];
        String ab = System.getProperty("ab.roots");
        if (ab != null) {
            // an A/B of two rules folders in one JVM, alternating, so a virtual machine's drifting speed hits both alike
            String[] roots = ab.split(",");
            Ruleset[] sets = new Ruleset[roots.length];
            for (int k = 0; k < roots.length; k++) {
                sets[k] = compiler.compile(Path.of(roots[k]), project.resolve("benefit-definitions"));
            }
            List<List<Double>> results = new ArrayList<>();
            for (Ruleset ignored : sets) {
                results.add(new ArrayList<>());
            }
            for (int round = 0; round < 12; round++) {
                for (int k = 0; k < sets.length; k++) {
                    Ruleset set = sets[k];
                    results.get(k).add(window(seconds * 1_000_000_000L, i -> sink[0] = engine.evaluate(set, facts[i])));
                }
            }
            for (int k = 0; k < sets.length; k++) {
                List<Double> r = results.get(k).subList(2, 12).stream().sorted().toList();
                System.out.printf("%-45s %8.2f us CPU per household (median of 10 alternating windows; min %.2f, max %.2f)%n",
                        roots[k], r.get(5), r.get(0), r.get(9));
            }
            return;
        }
        for (String subset : System.getProperty("subsets", "").split(";")) {
            if (subset.isBlank()) {
                continue;
            }
            Path dir = Files.createTempDirectory("subset");
            for (String file : subset.split(",")) {
                Path target = dir.resolve(file);
                Files.createDirectories(target.getParent());
                Files.copy(Path.of(System.getProperty("subsets.root", project.resolve("rules").toString())).resolve(file), target);
            }
            Ruleset partial = compiler.compile(dir, project.resolve("benefit-definitions"));
            step(false, subset, seconds, i -> sink[0] = engine.evaluate(partial, facts[i]));
            step(true, subset, seconds, i -> sink[0] = engine.evaluate(partial, facts[i]));
        }
        for (int round = 0; round < 2; round++) {
            boolean report = round == 1; // the first round warms every step up
            step(report, "facts built", seconds, i -> sink[0] = EligibilityEvaluator.facts(households[i]));
            step(report, "drools floor (1 rule, never matches)", seconds, i -> sink[0] = engine.evaluate(floor, facts[i]));
            step(report, "drools floor with every concluded fact inserted", seconds,
                    i -> sink[0] = engine.evaluate(floor, allFacts[i]));
            step(report, "full rules, no answer shaped", seconds, i -> sink[0] = engine.evaluate(full, facts[i]));
            step(report, "production path (facts, rules, answer)", seconds,
                    i -> sink[0] = EligibilityEvaluator.evaluate(engine, full, households[i], false));
            step(report, "plain Java", seconds, i -> sink[0] = plain.evaluate(households[i]));
        }
    }

    /** Thread CPU time per household over a window of {@code nanos}, cycling through the 4,096 households. */
    static double window(long nanos, IntConsumer work) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long end = System.nanoTime() + nanos;
        long cpu = threads.getCurrentThreadCpuTime();
        long count = 0;
        int i = 0;
        while (System.nanoTime() < end) {
            for (int k = 0; k < 64; k++) {
                work.accept(i);
                i = (i + 1) & 4_095;
            }
            count += 64;
        }
        return (threads.getCurrentThreadCpuTime() - cpu) / 1e3 / count;
    }

    /** Five windows that together last {@code seconds}; prints their median when {@code report}. */
    private static void step(boolean report, String name, long seconds, IntConsumer work) {
        List<Double> windows = new ArrayList<>();
        for (int w = 0; w < 5; w++) {
            windows.add(window(seconds * 200_000_000L, work));
        }
        windows.sort(null);
        if (report) {
            System.out.printf("%-45s %8.2f us CPU per household (median of 5 windows; min %.2f, max %.2f)%n", name,
                    windows.get(2), windows.get(0), windows.get(4));
        }
    }
}
