package org.acarules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.acarules.definitions.Parameter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped ruleset: every rule has a unique id and a citation; every parameter is described, cited and dated. */
class CatalogueTest {
    private static Ruleset ruleset;

    @BeforeAll
    static void compile() {
        ruleset = new RulesetCompiler(CatalogueTest.class.getClassLoader())
                .compile(Path.of("rules"), Path.of("benefit-definitions"));
    }

    @Test
    void everyRuleHasAUniqueIdAndACitation() {
        assertTrue(ruleset.rules().size() > 40, "expected the whole eligibility ruleset, got " + ruleset.rules().size());
        Set<String> ids = new HashSet<>();
        for (RuleInfo rule : ruleset.rules()) {
            assertNotNull(rule.id(), rule.name());
            assertTrue(ids.add(rule.id()), "duplicate id " + rule.id());
            assertNotNull(rule.citation(), rule.name() + " has no @citation");
            assertFalse(rule.text().isBlank(), rule.name());
        }
    }

    @Test
    void decisionTableRulesAreCompiled() {
        assertTrue(ruleset.rules().stream().anyMatch(r -> "CSR-002".equals(r.id())),
                "the CSV decision table rules/eligibility/csr.csv produced no rules");
    }

    @Test
    void everyParameterIsDescribedCitedAndDatedInOrder() {
        assertFalse(ruleset.parameters().all().isEmpty());
        for (Parameter p : ruleset.parameters().all()) {
            assertFalse(p.description().isBlank(), p.file());
            assertFalse(p.unit().isBlank(), p.file());
            assertFalse(p.references().isEmpty(), p.file());
            if (p.byState()) {
                assertEquals(ruleset.parameters().ruleset().states(), p.stateValues().keySet(),
                        p.file() + " must list every state the ruleset models");
                p.stateValues().values().forEach(v -> assertAscending(p, v.asMap().keySet()));
            } else {
                assertAscending(p, p.values().asMap().keySet());
            }
        }
    }

    private static void assertAscending(Parameter p, Set<LocalDate> dates) {
        LocalDate previous = null;
        for (LocalDate date : dates) {
            assertTrue(previous == null || date.isAfter(previous), p.file() + ": " + date + " after " + previous);
            previous = date;
        }
    }
}
