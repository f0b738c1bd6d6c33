package org.acarules.engine;

import org.acarules.TestFolders;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.acarules.facts.ImmigrationStatus;
import org.acarules.facts.Person;
import org.acarules.facts.Relationship;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long chain of cheap firings, each within the firing limit, is stopped at the deadline with an error naming the
 * rule running (counted as such in the evaluations metric, which once lacked a counter for it and turned the
 * deadline into an internal error), and the pooled session serves the next evaluation as if nothing had happened.
 */
class EvaluationDeadlineTest {
    @TempDir
    Path dir;

    @Test
    void aLongChainOfFiringsStopsAtTheDeadlineAndTheSessionServesAgain() throws IOException {
        Ruleset ruleset = compile("""
                package chain;
                import org.acarules.facts.*;

                declare Counter
                    n : int
                    limit : int
                end

                declare Young
                    id : String
                end

                rule "DL-001 an older person starts a counter" @citation("test")
                when
                    Person( age > 30, $age : age )
                then
                    insert(new Counter(0, $age < 40 ? $age : 50000000));
                end

                rule "DL-002 the counter counts up, one firing at a time" @citation("test")
                when
                    $c : Counter( n < limit )
                then
                    modify($c) { setN($c.getN() + 1) };
                end

                rule "DL-003 a younger person is noted" @citation("test")
                when
                    Person( age <= 30, $id : id )
                then
                    insert(new Young($id));
                end
                """);
        EvaluationOutcomes outcomes = new EvaluationOutcomes(new SimpleMeterRegistry());
        RuleEngine engine = new RuleEngine(100_000_000, Duration.ofMillis(200), outcomes);
        // A short chain first, unhurried: every class of the rules is loaded after it (a first firing may be slow).
        Evaluation shortChain = new RuleEngine(100_000_000, Duration.ofSeconds(60))
                .evaluate(ruleset, List.of(person("short", 35)));
        assertEquals(35, shortChain.fired().stream().filter(f -> f.rule().id().equals("DL-002")).count());

        EvaluationDeadlineException stopped = assertThrows(EvaluationDeadlineException.class,
                () -> engine.evaluate(ruleset, List.of(person("long", 40))));
        assertTrue(stopped.getMessage().contains("deadline of 200 ms"), stopped.getMessage());
        assertTrue(stopped.getMessage().contains("DL-002 the counter counts up"), stopped.getMessage());
        assertEquals(1.0, outcomes.count(RuleEngine.DEADLINE), "the metric counts the deadline");

        Evaluation next = engine.evaluate(ruleset, List.of(person("young", 20)));
        assertEquals(List.of("DL-003"), next.fired().stream().map(f -> f.rule().id()).toList());
    }

    private static Person person(String id, int age) {
        return new Person(id, age, Relationship.SELF, true, false, false, false, ImmigrationStatus.CITIZEN, false,
                false, false, false, false);
    }

    private Ruleset compile(String drl) throws IOException {
        Path rules = Files.createDirectories(dir.resolve("rules/chain"));
        Files.writeString(rules.resolve("chain.drl"), drl);
        Path defs = TestFolders.minimalDefinitions(dir);
        return new RulesetCompiler(getClass().getClassLoader()).compile(dir.resolve("rules"), defs);
    }
}
