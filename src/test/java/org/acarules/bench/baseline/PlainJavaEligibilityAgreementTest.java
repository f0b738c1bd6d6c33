package org.acarules.bench.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.acarules.engine.Ruleset;
import org.acarules.engine.RulesetCompiler;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's plain-Java baseline decides as the rules do on 2,000 seeded random households (the bench run
 * checks 100,000). Neither side's output is the expected value of the other: a disagreement means one of them is
 * wrong, and the engine-against-floor figures are void until it is found.
 */
class PlainJavaEligibilityAgreementTest {

    @Test
    void baselineAgreesWithTheRulesOnRandomHouseholds() {
        Ruleset ruleset = new RulesetCompiler(getClass().getClassLoader())
                .compile(Path.of("rules"), Path.of("benefit-definitions"));
        Agreement.Result result = Agreement.check(ruleset, 7L, 2_000);
        System.out.println(result);
        assertEquals(result.households(), result.agreed(), result.toString());
        // The generator must reach the programs, not only refusals: most households get an answer.
        assertTrue(result.refusedByBoth() < result.households() / 10, result.toString());
    }
}
