package org.acarules.engine.sandbox;

import org.acarules.TestFolders;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.acarules.engine.CompilationResult;
import org.acarules.engine.RuleMessage;
import org.acarules.engine.RulesetCompiler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every draft in src/test/resources/hostile-drafts tries one way out of "read facts and parameters, compute, insert,
 * modify or retract facts", and each must be refused at validation with its file, the line of the refused code and
 * what was refused (expected-refusals.txt, written from reading the drafts). The project's own rules pass, and so
 * does a draft that uses what the allow-list allows in every place code can appear.
 */
class HostileDraftsTest {
    private static final Path DRAFTS = Path.of("src/test/resources/hostile-drafts");
    private static RulesetCompiler compiler;
    private static int refused;

    @TempDir
    Path dir;

    @BeforeAll
    static void compiler() {
        compiler = new RulesetCompiler(HostileDraftsTest.class.getClassLoader());
    }

    @AfterAll
    static void count() {
        System.out.println("hostile drafts refused: " + refused + " of " + expectations().count());
    }

    record Expected(String file, int line, String refusal) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Expected> expectations() {
        try {
            return Files.readAllLines(DRAFTS.resolve("expected-refusals.txt")).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split(" ", 3))
                    .map(words -> new Expected(words[0], Integer.parseInt(words[1]), words[2]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyDraftInTheFolderHasAnExpectation() throws IOException {
        try (Stream<Path> files = Files.list(DRAFTS)) {
            List<String> drafts = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".drl") || n.endsWith(".csv")).sorted().toList();
            assertEquals(drafts, expectations().map(Expected::file).sorted().toList());
            assertTrue(drafts.size() >= 25, drafts.size() + " hostile drafts");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void theDraftIsRefusedWithFileLineAndWhat(Expected expected) throws IOException {
        Path rules = Files.createDirectories(dir.resolve("rules/hostile"));
        Files.copy(DRAFTS.resolve(expected.file()), rules.resolve(expected.file()));

        CompilationResult result = compiler.build(dir.resolve("rules"), TestFolders.minimalDefinitions(dir));

        assertFalse(result.compiles(), "a hostile draft compiled");
        String file = "rules/hostile/" + expected.file();
        assertTrue(result.errors().stream().anyMatch(e -> e.file().equals(file) && e.line() == expected.line()
                && e.message().contains(expected.refusal())),
                "expected " + file + ":" + expected.line() + " " + expected.refusal() + " among " + result.errors());
        refused++;
    }

    @Test
    void theProjectsOwnRulesPassTheCheck() {
        CompilationResult result = compiler.build(Path.of("rules"), Path.of("benefit-definitions"));

        assertEquals(List.of(), result.errors());
        assertTrue(result.compiles());
    }

    /** What a rule may do, in every place code can appear: the check refuses what it should, not everything. */
    @Test
    void aDraftThatOnlyReasonsIsAccepted() throws IOException {
        Path rules = Files.createDirectories(dir.resolve("rules/reasons"));
        Files.writeString(rules.resolve("ok.drl"), """
                package reasons;
                import java.math.BigDecimal;
                import java.util.List;
                import org.acarules.definitions.ParameterStore;
                import org.acarules.facts.*;
                global ParameterStore params;

                declare Tally
                    total : BigDecimal = BigDecimal.ZERO
                    label : String = "tally".toUpperCase()
                end

                function BigDecimal sum(List values) {
                    BigDecimal total = BigDecimal.ZERO;
                    for (Object value : values) { total = total.add((BigDecimal) value); }
                    return total;
                }

                rule "OK-001 reasons with values, collections and streams"
                    @citation("none")
                when
                    $p : Person( age > 18, String.valueOf(id).length() > 0 )
                    $ages : List() from collect( Person( age >= 0 ) )
                    $n : Number( intValue >= 1 ) from accumulate( Person(), count(1) )
                    eval( Math.max(1, 2) == 2 )
                then
                    List<BigDecimal> amounts = List.of(new BigDecimal("1.50"), BigDecimal.TEN);
                    BigDecimal total = sum(amounts).add(amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
                    insert(new Tally(total, drools.getRule().getName()));
                end

                rule "OK-002 MVEL dialect" @citation("none") dialect "mvel"
                when
                    $t : Tally( total > 0 )
                then
                    modify($t) { label = "seen" };
                end
                """);

        CompilationResult result = compiler.build(dir.resolve("rules"), TestFolders.minimalDefinitions(dir));

        assertEquals(List.<RuleMessage>of(), result.errors());
    }
}
