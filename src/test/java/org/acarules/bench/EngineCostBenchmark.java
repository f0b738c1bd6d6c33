package org.acarules.bench;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.acarules.engine.RuleEngine;
import org.acarules.engine.Ruleset;
import org.acarules.engine.RulesetCompiler;
import org.acarules.facts.EmployerOffer;
import org.acarules.facts.FilingStatus;
import org.acarules.facts.Household;
import org.acarules.facts.ImmigrationStatus;
import org.acarules.facts.Person;
import org.acarules.facts.Relationship;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A measurement, not a test: the engine cost of one full eligibility evaluation (the README's household),
 * single thread, warm JVM. Run: mvn -B test -Dtest=EngineCostBenchmark -Dbench=true
 * (JMH and the plain-Java baseline come with the performance issue.)
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class EngineCostBenchmark {

    @Test
    void oneHouseholdPerStatelessSession() {
        Ruleset ruleset = new RulesetCompiler(getClass().getClassLoader())
                .compile(Path.of("rules"), Path.of("benefit-definitions"));
        RuleEngine engine = new RuleEngine(10_000);
        List<Object> facts = List.of(
                new Household(2026, LocalDate.of(2026, 1, 1), "TX", new BigDecimal("31500"), FilingStatus.SINGLE, 1,
                        new BigDecimal("625.00"), new BigDecimal("580.00")),
                new Person("pat", 40, Relationship.SELF, true, false, false, false, ImmigrationStatus.CITIZEN, false,
                        false, false, false, false),
                new EmployerOffer("pat", new BigDecimal("300.00"), new BigDecimal("640.00"), true));
        for (int i = 0; i < 50_000; i++) {
            engine.evaluate(ruleset, facts); // warm-up
        }
        int rounds = 20;
        int perRound = 5_000;
        double[] micros = new double[rounds];
        int fired = 0;
        for (int r = 0; r < rounds; r++) {
            long start = System.nanoTime();
            for (int i = 0; i < perRound; i++) {
                fired = engine.evaluate(ruleset, facts).fired().size();
            }
            micros[r] = (System.nanoTime() - start) / 1_000.0 / perRound;
        }
        Arrays.sort(micros);
        System.out.printf("engine cost per eligibility evaluation (%d rules fired, %d rounds x %d): "
                + "median %.1f us, min %.1f us, max %.1f us; cores %d, Java %s%n", fired, rounds, perRound,
                micros[rounds / 2], micros[0], micros[rounds - 1], Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
    }
}
