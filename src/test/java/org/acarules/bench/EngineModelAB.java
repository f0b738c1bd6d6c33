package org.acarules.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.acarules.bench.baseline.RandomHouseholds;
import org.acarules.eligibility.EligibilityEvaluator;
import org.acarules.eligibility.EligibilityResponse;
import org.acarules.eligibility.EligibilityRequest;
import org.acarules.engine.Evaluation;
import org.acarules.engine.FiredRule;
import org.acarules.engine.MeasuredBuilds;
import org.acarules.engine.MeasuredBuilds.Build;
import org.acarules.engine.RuleEngine;
import org.acarules.engine.Ruleset;

/**
 * Issue 17: A/B of rule bases built from the same {@code rules/} and {@code benefit-definitions/} folders in different
 * ways, on {@link EngineFloor}'s eligibility harness (the same 4,096 {@link RandomHouseholds} of seed 20,261,126,
 * {@link EligibilityEvaluator#facts}, {@link RuleEngine#evaluate}, thread CPU time per household).
 *
 * <p>Variants ({@code -Dab.variants}, comma-separated, default {@code classic,executable}): {@code classic} (the
 * production build, {@code DrlProject}), {@code executable} (the executable model, {@code ExecutableModelProject}),
 * and either with {@code -always} ({@code drools.propertySpecific=ALWAYS} while it is built, instead of the
 * {@code ALLOWED} the compiler sets). All go through {@code RulesetCompiler.forMeasurement} (no sandbox check, no
 * compiled-rule cache), so they differ in the build alone. The first variant is the reference (A). A variant may
 * name another rules folder after {@code @} ({@code classic@target/bench/params-once/rules}, written by
 * {@code src/bench/params-once.py}): then the two differ in their rules, built alike.
 *
 * <p>Steps: (1) each variant compiled once (its time is the first build of that variant in this JVM; only the first
 * variant's is a cold build), then {@code -Dab.rebuilds} (default 5) more builds of each, alternating, whose median is
 * the warm compile time (wall and process CPU, since a build may use other threads); (2) agreement: every household
 * through every variant, comparing with the reference the fired rules (rule id and person ids, in firing order, and
 * failing that as a multiset) and the answer the production path shapes ({@code EligibilityEvaluator.evaluate}, the
 * response records' {@code equals}, BigDecimals by value and scale); a control compares the reference with a second
 * evaluation by itself, so a comparison that cannot succeed shows; (3) timing: {@code -Dab.rounds} (default 12)
 * rounds of one window of {@code seconds} per variant, alternating, the first 2 rounds dropped as warm-up, the median
 * of the rest reported with min and max, and, for each variant against the first, the median of the per-round ratios
 * (B's window over A's window of the same round), steadier than the medians on a machine whose speed drifts.
 *
 * <p>{@code -Dab.cold=<variant>}: only compile that variant once in this fresh JVM and print the time (the cold build:
 * run it in a new JVM per figure, alternating variants).
 *
 * <p>Run: {@code java -Djava.util.logging.manager=org.jboss.logmanager.LogManager -cp ... org.acarules.bench.EngineModelAB
 * [project] [seconds per window]}.
 */
public final class EngineModelAB {
    private static final String PROPERTY_SPECIFIC = "drools.propertySpecific";

    /** A build of a rules folder: {@code rules} is null for the project's own {@code rules/}. */
    private record Variant(String name, Build build, String propertySpecific, Path rules, Map<String, String> options) {
        static Variant of(String name) {
            int at = name.indexOf('@');
            Path rules = at < 0 ? null : Path.of(name.substring(at + 1));
            String build = at < 0 ? name : name.substring(0, at);
            // "+key=value" after the build: a Drools system property set while this variant is built
            Map<String, String> options = new java.util.LinkedHashMap<>();
            String[] parts = build.split("\\+");
            for (int i = 1; i < parts.length; i++) {
                String[] kv = parts[i].split("=", 2);
                options.put(kv[0], kv[1]);
            }
            Variant v = ofBuild(parts[0]);
            return new Variant(name, v.build(), v.propertySpecific(), rules, Map.copyOf(options));
        }

        private static Variant ofBuild(String name) {
            String base = name.endsWith("-always") ? name.substring(0, name.length() - "-always".length()) : name;
            Build build = switch (base) {
                case "classic" -> Build.CLASSIC;
                case "executable" -> Build.EXECUTABLE_MODEL;
                default -> throw new IllegalArgumentException("unknown variant " + name);
            };
            return new Variant(name, build, name.endsWith("-always") ? "ALWAYS" : "ALLOWED", null, Map.of());
        }
    }

    /** A compile: the rule base, its wall time and the process's CPU time over it, in ms. */
    private record Compiled(Ruleset ruleset, double wallMs, double cpuMs) {
    }

    public static void main(String[] args) throws Exception {
        BenchLogging.asInTheService();
        if (System.getProperty(PROPERTY_SPECIFIC) == null) {
            System.setProperty(PROPERTY_SPECIFIC, "ALLOWED"); // as RulesetCompiler sets it, for the whole run
        }
        Path project = Path.of(args.length > 0 ? args[0] : ".");
        long seconds = args.length > 1 ? Long.parseLong(args[1]) : 3;
        Path rules = project.resolve("rules");
        Path definitions = project.resolve("benefit-definitions");
        String cold = System.getProperty("ab.cold");
        if (cold != null) {
            Compiled c = compile(Variant.of(cold), rules, definitions);
            System.out.printf("cold build %-20s wall %7.0f ms, process CPU %7.0f ms, %d rules%n", cold, c.wallMs(),
                    c.cpuMs(), c.ruleset().rules().size());
            return;
        }
        List<Variant> variants = new ArrayList<>();
        for (String name : System.getProperty("ab.variants", "classic,executable").split(",")) {
            variants.add(Variant.of(name.trim()));
        }
        int n = variants.size();
        Ruleset[] sets = new Ruleset[n];
        for (int k = 0; k < n; k++) {
            Compiled c = compile(variants.get(k), rules, definitions);
            sets[k] = c.ruleset();
            System.out.printf("first build %-20s wall %7.0f ms, process CPU %7.0f ms, %d rules; %s%n",
                    variants.get(k).name(), c.wallMs(), c.cpuMs(), c.ruleset().rules().size(), reactivity(c.ruleset()));
        }
        int rebuilds = Integer.getInteger("ab.rebuilds", 5);
        List<List<Double>> wall = new ArrayList<>();
        List<List<Double>> cpu = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            wall.add(new ArrayList<>());
            cpu.add(new ArrayList<>());
        }
        for (int r = 0; r < rebuilds; r++) {
            for (int k = 0; k < n; k++) {
                Compiled c = compile(variants.get(k), rules, definitions);
                wall.get(k).add(c.wallMs());
                cpu.get(k).add(c.cpuMs());
            }
        }
        for (int k = 0; k < n && rebuilds > 0; k++) {
            System.out.printf("warm build %-20s wall %7.0f ms (min %.0f, max %.0f), process CPU %7.0f ms (median of %d)%n",
                    variants.get(k).name(), median(wall.get(k)), min(wall.get(k)), max(wall.get(k)), median(cpu.get(k)),
                    rebuilds);
        }

        RuleEngine engine = new RuleEngine(10_000);
        EligibilityRequest[] households = new RandomHouseholds(20_261_126L).next(4_096).toArray(EligibilityRequest[]::new);
        List<Object>[] facts = new List[households.length];
        for (int i = 0; i < households.length; i++) {
            facts[i] = EligibilityEvaluator.facts(households[i]);
        }
        agreement("control: " + variants.get(0).name() + " against itself", sets[0], sets[0], engine, households);
        boolean allAgree = true;
        for (int k = 1; k < n; k++) {
            allAgree &= agreement(variants.get(k).name() + " against " + variants.get(0).name(), sets[0], sets[k],
                    engine, households);
        }
        if (!allAgree) {
            System.out.println("DISAGREEMENT: the timings below compare rule bases that do not decide alike");
        }

        int rounds = Integer.getInteger("ab.rounds", 12);
        Object[] sink = new Object[1];
        List<List<Double>> results = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            results.add(new ArrayList<>());
        }
        for (int round = 0; round < rounds; round++) {
            for (int k = 0; k < n; k++) {
                Ruleset set = sets[k];
                results.get(k).add(EngineFloor.window(seconds * 1_000_000_000L, i -> sink[0] = engine.evaluate(set, facts[i])));
            }
        }
        double reference = 0;
        for (int k = 0; k < n; k++) {
            List<Double> r = results.get(k).subList(Math.min(2, rounds - 1), rounds);
            double median = median(r);
            if (k == 0) {
                reference = median;
            }
            System.out.printf("%-20s %8.2f us CPU per household (median of %d alternating windows of %d s; min %.2f, max %.2f)"
                    + " %+.1f%% against %s%n", variants.get(k).name(), median, r.size(), seconds, min(r), max(r),
                    100 * (median - reference) / reference, variants.get(0).name());
            System.out.println("  windows: " + results.get(k).stream().map(v -> String.format("%.1f", v)).toList());
        }
        // the machine's speed drifts between rounds more than between the two windows of one round: the ratio of each
        // round's pair of windows is the steadier figure
        for (int k = 1; k < n; k++) {
            List<Double> ratios = new ArrayList<>();
            for (int round = Math.min(2, rounds - 1); round < rounds; round++) {
                ratios.add(results.get(k).get(round) / results.get(0).get(round));
            }
            System.out.printf("%-20s paired ratio to %s, per round: median %.3f (min %.3f, max %.3f, %d rounds)%n",
                    variants.get(k).name(), variants.get(0).name(), median(ratios), min(ratios), max(ratios),
                    ratios.size());
        }
    }

    private static Compiled compile(Variant variant, Path rules, Path definitions) {
        String previous = System.getProperty(PROPERTY_SPECIFIC);
        System.setProperty(PROPERTY_SPECIFIC, variant.propertySpecific());
        variant.options().forEach(System::setProperty);
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long start = System.nanoTime();
        try {
            Ruleset ruleset = MeasuredBuilds.compile(variant.build(), EngineModelAB.class.getClassLoader(),
                    variant.rules() != null ? variant.rules() : rules, definitions);
            return new Compiled(ruleset, (System.nanoTime() - start) / 1e6, (os.getProcessCpuTime() - cpu) / 1e6);
        } finally {
            variant.options().keySet().forEach(System::clearProperty);
            if (previous == null) {
                System.clearProperty(PROPERTY_SPECIFIC);
            } else {
                System.setProperty(PROPERTY_SPECIFIC, previous);
            }
        }
    }

    /** Which fact types the rule base treats as property reactive (what {@code drools.propertySpecific} decides). */
    private static String reactivity(Ruleset ruleset) {
        org.drools.core.impl.InternalRuleBase base = (org.drools.core.impl.InternalRuleBase) ruleset.kieBase();
        List<String> reactive = new ArrayList<>();
        int all = 0;
        for (org.drools.base.rule.TypeDeclaration declaration : base.getTypeDeclarations()) {
            all++;
            if (declaration.isPropertyReactive()) {
                reactive.add(declaration.getTypeName());
            }
        }
        return "property reactive: " + reactive.size() + " of " + all + " types looked at " + reactive
                + "; beta memories indexed: left " + base.getRuleBaseConfiguration().isIndexLeftBetaMemory()
                + ", right " + base.getRuleBaseConfiguration().isIndexRightBetaMemory();
    }

    /** Every household through both rule bases: fired rules and shaped answers compared; prints the count. */
    private static boolean agreement(String name, Ruleset a, Ruleset b, RuleEngine engine,
            EligibilityRequest[] households) {
        int firedInOrder = 0;
        int firedAsMultiset = 0;
        int answers = 0;
        int firings = 0;
        List<String> examples = new ArrayList<>();
        for (int i = 0; i < households.length; i++) {
            EligibilityRequest household = households[i];
            Object firedA = outcome(() -> fired(engine.evaluate(a, EligibilityEvaluator.facts(household))));
            Object firedB = outcome(() -> fired(engine.evaluate(b, EligibilityEvaluator.facts(household))));
            Object answerA = outcome(() -> EligibilityEvaluator.evaluate(engine, a, household, false));
            // rule folders that differ have different versions (content hashes): the answers are compared without them
            Object answerB = outcome(() -> sameVersion(EligibilityEvaluator.evaluate(engine, b, household, false), a));
            if (firedA instanceof List<?> l) {
                firings += l.size();
            }
            if (Objects.equals(firedA, firedB)) {
                firedInOrder++;
                firedAsMultiset++;
            } else if (firedA instanceof List<?> la && firedB instanceof List<?> lb
                    && la.stream().map(String::valueOf).sorted().toList()
                            .equals(lb.stream().map(String::valueOf).sorted().toList())) {
                firedAsMultiset++;
            } else if (examples.size() < 3) {
                examples.add("household " + i + " fired: " + firedA + " / " + firedB);
            }
            if (Objects.equals(answerA, answerB)) {
                answers++;
            } else if (examples.size() < 3) {
                examples.add("household " + i + " answer: " + answerA + " / " + answerB);
            }
        }
        int all = households.length;
        System.out.printf("agreement %s: fired rules equal in order %d/%d, as a multiset %d/%d (%d firings in A);"
                + " answers equal %d/%d%n", name, firedInOrder, all, firedAsMultiset, all, firings, answers, all);
        examples.forEach(e -> System.out.println("  " + e));
        return firedAsMultiset == all && answers == all;
    }

    private static EligibilityResponse sameVersion(EligibilityResponse r, Ruleset as) {
        return new EligibilityResponse(r.year(), as.version(), r.parameterOverrides(), r.household(), r.people(),
                r.trace());
    }

    /** The fired rules as "id [person ids]", in firing order. */
    private static List<String> fired(Evaluation evaluation) {
        List<String> fired = new ArrayList<>();
        for (FiredRule f : evaluation.fired()) {
            fired.add(f.rule().id() + " " + f.personIds());
        }
        return fired;
    }

    /** The value, or what was thrown (its class and message), so that failures are compared too. */
    private static Object outcome(java.util.function.Supplier<Object> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int m = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(m) : (sorted.get(m - 1) + sorted.get(m)) / 2;
    }

    private static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }
}
