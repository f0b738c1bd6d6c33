package org.acarules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.acarules.eligibility.EligibilityWarmUp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesetPrecompilerTest {
    private static final Path RULES = Path.of("rules");
    private static final Path DEFINITIONS = Path.of("benefit-definitions");

    @Test
    void theRulesetCompiledAheadIsTheFoldersOwnAndIsTakenOnce() {
        AtomicReference<Ruleset> warmed = new AtomicReference<>();
        RulesetPrecompiler.start(RULES, DEFINITIONS, warmed::set);
        assertNull(RulesetPrecompiler.take(Path.of("elsewhere/rules"), DEFINITIONS), "other folders compile themselves");
        Ruleset ahead = RulesetPrecompiler.take(RULES.toAbsolutePath(), DEFINITIONS);
        assertEquals(RulesetVersion.of(RULES.toAbsolutePath(), DEFINITIONS.toAbsolutePath()), ahead.version());
        assertEquals(ahead, warmed.get(), "the warm-up saw the same ruleset");
        assertNull(RulesetPrecompiler.take(RULES, DEFINITIONS), "a later reload compiles afresh");
    }

    @Test
    void aCompileErrorSurfacesWhereTheRulesetIsTaken(@TempDir Path dir) throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("broken.drl"), "package broken;\nrule \"X-001 broken\" when then nonsense( end\n");
        RulesetPrecompiler.start(rules, DEFINITIONS, r -> { });
        assertThrows(RulesetInvalidException.class, () -> RulesetPrecompiler.take(rules, DEFINITIONS));
    }

    @Test
    void theWarmUpHouseholdsAreValidRequestsThatTheRulesAnswer() {
        Ruleset ruleset = new RulesetCompiler(getClass().getClassLoader()).compile(RULES.toAbsolutePath(),
                DEFINITIONS.toAbsolutePath());
        EligibilityWarmUp.run(ruleset); // throws on an invalid household or an evaluation error
    }
}
