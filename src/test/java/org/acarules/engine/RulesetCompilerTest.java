package org.acarules.engine;

import org.acarules.TestFolders;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.acarules.facts.Person;
import org.acarules.facts.ImmigrationStatus;
import org.acarules.facts.Relationship;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compiling analysts' rule folders: errors located, catalogue rules enforced, loops stopped. */
class RulesetCompilerTest {
    private static final String HEADER = "package test;\nimport org.acarules.facts.*;\n";

    @TempDir
    Path dir;

    private Ruleset compile(String drl) throws IOException {
        Path rules = Files.createDirectories(dir.resolve("rules/test"));
        Files.writeString(rules.resolve("x.drl"), HEADER + drl);
        return new RulesetCompiler(getClass().getClassLoader()).compile(dir.resolve("rules"), TestFolders.minimalDefinitions(dir));
    }

    @Test
    void foldersGivenAsLinksAreFollowed() throws IOException {
        // Kubernetes mounts a ConfigMap as links; an operator may point ACA_RULES_DIR at a link to a release folder
        compile("""
                rule "T-001 fine" @citation("x") when Person() then end
                """);
        Path linked = Files.createDirectories(dir.resolve("linked"));
        Path rulesLink = Files.createSymbolicLink(linked.resolve("rules"), dir.resolve("rules"));
        Path definitionsLink = Files.createSymbolicLink(linked.resolve("defs"), dir.resolve("defs"));
        Ruleset ruleset = new RulesetCompiler(getClass().getClassLoader()).compile(rulesLink, definitionsLink);
        assertEquals(1, ruleset.rules().size());
        assertEquals(ruleset.version(), new RulesetCompiler(getClass().getClassLoader())
                .compile(dir.resolve("rules"), dir.resolve("defs")).version(), "the same ruleset either way");
    }

    @Test
    void aSyntaxErrorIsReportedWithFileAndLine() {
        RulesetInvalidException e = assertThrows(RulesetInvalidException.class, () -> compile("""
                rule "T-001 broken" @citation("x")
                when
                    Person( age > )
                then
                end
                """));
        RuleMessage error = e.errors().get(0);
        assertEquals("rules/test/x.drl", error.file());
        assertTrue(error.line() >= 3 && error.line() <= 5, "line " + error.line());
    }

    @Test
    void aRuleWithoutIdOrCitationIsRefused() {
        RulesetInvalidException e = assertThrows(RulesetInvalidException.class, () -> compile("""
                rule "no id here"
                when Person() then end
                """));
        assertTrue(e.getMessage().contains("stable id"), e.getMessage());
        assertTrue(e.getMessage().contains("@citation"), e.getMessage());
    }

    @Test
    void aDuplicateIdIsRefused() {
        RulesetInvalidException e = assertThrows(RulesetInvalidException.class, () -> compile("""
                rule "T-001 one" @citation("x") when Person() then end
                rule "T-001 two" @citation("x") when Person() then end
                """));
        assertTrue(e.getMessage().contains("T-001"), e.getMessage());
    }

    @Test
    void aLoopingRuleIsStoppedAtTheFiringLimit() throws IOException {
        Ruleset ruleset = compile("""
                rule "T-001 loops" @citation("x")
                when $p : Person() then update($p);
                end
                """);
        Person person = new Person("a", 30, Relationship.SELF, true, false, false, false, ImmigrationStatus.CITIZEN,
                false, false, false, false, false);
        assertThrows(RunawayRulesException.class, () -> new RuleEngine(500).evaluate(ruleset, List.of(person)));
    }

    /** Sessions are pooled and reset: nothing of one evaluation, not even of one stopped mid-way, reaches the next. */
    @Test
    void anEvaluationSeesNothingOfThePreviousOnesInThePooledSession() throws IOException {
        Ruleset ruleset = compile("""
                rule "T-001 loops for the looping person" @citation("x")
                when $p : Person(id == "looping") then update($p);
                end
                rule "T-002 notes every other person" @citation("x")
                when $p : Person(id != "looping") then insert("seen " + $p.id());
                end
                """);
        RuleEngine engine = new RuleEngine(500);
        for (int round = 0; round < 3; round++) { // more rounds than the pool has sessions on this machine
            assertThrows(RunawayRulesException.class, () -> engine.evaluate(ruleset, List.of(person("looping"))));
            Evaluation evaluation = engine.evaluate(ruleset, List.of(person("b" + round)));
            assertEquals(java.util.Set.of(person("b" + round), "seen b" + round), java.util.Set.copyOf(evaluation.facts()));
            assertEquals(List.of("T-002"), evaluation.fired().stream().map(f -> f.rule().id()).toList());
        }
    }

    private static Person person(String id) {
        return new Person(id, 30, Relationship.SELF, true, false, false, false, ImmigrationStatus.CITIZEN,
                false, false, false, false, false);
    }

    @Test
    void theVersionChangesWithTheContent() throws IOException {
        Ruleset first = compile("rule \"T-001 a\" @citation(\"x\") when Person() then end\n");
        Ruleset second = compile("rule \"T-001 b\" @citation(\"x\") when Person() then end\n");
        assertNotEquals(first.version(), second.version());
        assertEquals(second.version(), RulesetVersion.of(dir.resolve("rules"), dir.resolve("defs")));
    }
}
