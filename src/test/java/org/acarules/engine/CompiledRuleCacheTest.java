package org.acarules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.acarules.eligibility.EligibilityEvaluator;
import org.acarules.eligibility.EligibilityRequest;
import org.acarules.scenarios.ScenarioCase;
import org.acarules.scenarios.ScenarioFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule base restored from the compiled rule cache answers as the one compiled from the folders (every eligibility
 * scenario in tests/, with the trace of fired rules), and any entry that is not exactly this ruleset's and this
 * build's is not used: the rules are compiled instead.
 */
class CompiledRuleCacheTest {
    private static final Path RULES = Path.of("rules").toAbsolutePath();
    private static final Path DEFINITIONS = Path.of("benefit-definitions").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).findAndRegisterModules();
    private static Ruleset compiled;

    @BeforeAll
    static void compileWithoutCache() {
        compiled = RulesetCompiler.withCache(loader(), null).compile(RULES, DEFINITIONS);
    }

    @Test
    void aRestoredRuleBaseAnswersEveryEligibilityScenarioAsTheCompiledOne(@TempDir Path dir) throws Exception {
        CompiledRuleCache cache = new CompiledRuleCache(dir, "build A");
        Ruleset first = RulesetCompiler.withCache(loader(), cache).compile(RULES, DEFINITIONS);
        assertEquals(0, cache.hits(), "nothing stored yet: compiled");
        assertTrue(Files.isRegularFile(dir.resolve(compiled.version() + ".kbase")), "the compiled rule base is stored");

        Ruleset restored = RulesetCompiler.withCache(loader(), cache).compile(RULES, DEFINITIONS);
        assertEquals(1, cache.hits(), "the second compile restored the stored rule base");
        assertEquals(compiled.version(), restored.version());
        assertEquals(catalogue(compiled), catalogue(restored), "rule ids, citations, packages");
        assertEquals(compiled.sources(), restored.sources(), "each rule's file and parameters");

        List<ScenarioCase> cases = ScenarioFiles.load(Path.of("tests")).stream()
                .filter(c -> "/api/v1/eligibility".equals(c.path()) && c.request() != null).toList();
        assertTrue(cases.size() > 20, "eligibility scenarios found: " + cases.size());
        RuleEngine engine = new RuleEngine(10_000);
        int answered = 0;
        for (ScenarioCase c : cases) {
            String expected = answer(engine, compiled, c);
            assertEquals(expected, answer(engine, restored, c), c.file() + " " + c.id());
            assertEquals(expected, answer(engine, first, c), c.file() + " " + c.id());
            answered += expected.contains("\"reasons\"") ? 1 : 0;
        }
        assertTrue(answered > 20, "answers with reasons compared (not only refusals): " + answered);
    }

    @Test
    void aCorruptEntryIsNotUsedAndTheRulesCompile(@TempDir Path dir) throws Exception {
        CompiledRuleCache cache = new CompiledRuleCache(dir, "build A");
        RulesetCompiler.withCache(loader(), cache).compile(RULES, DEFINITIONS);
        Path entry = dir.resolve(compiled.version() + ".kbase");
        byte[] bytes = Files.readAllBytes(entry);
        bytes[bytes.length / 2] ^= 0x55;
        Files.write(entry, bytes);
        assertNull(cache.read(compiled.version(), loader()), "a flipped byte is found");

        Files.write(entry, java.util.Arrays.copyOf(bytes, bytes.length / 3));
        assertNull(cache.read(compiled.version(), loader()), "a truncated file is found");

        Ruleset ruleset = RulesetCompiler.withCache(loader(), cache).compile(RULES, DEFINITIONS);
        assertEquals(0, cache.hits());
        assertEquals(catalogue(compiled), catalogue(ruleset));
        assertNotNull(cache.read(compiled.version(), loader()), "the compile stored a good entry again");
    }

    @Test
    void anEntryOfAnotherBuildOrAnotherRulesetIsNotUsed(@TempDir Path dir) throws Exception {
        RulesetCompiler.withCache(loader(), new CompiledRuleCache(dir, "build A")).compile(RULES, DEFINITIONS);
        CompiledRuleCache otherBuild = new CompiledRuleCache(dir, "build B");
        assertNull(otherBuild.read(compiled.version(), loader()));
        RulesetCompiler.withCache(loader(), otherBuild).compile(RULES, DEFINITIONS);
        assertEquals(0, otherBuild.hits(), "compiled, not restored");

        Path entry = dir.resolve(compiled.version() + ".kbase");
        Files.copy(entry, dir.resolve("000000000000.kbase"));
        assertNull(otherBuild.read("000000000000", loader()), "an entry names the ruleset it holds");
    }

    @Test
    void aDraftCompilerNeverUsesTheCache(@TempDir Path dir) {
        CompiledRuleCache cache = new CompiledRuleCache(dir, "build A");
        RulesetCompiler.withCache(loader(), cache).compile(RULES, DEFINITIONS);
        new RulesetCompiler(loader()).compile(RULES, DEFINITIONS);
        assertEquals(0, cache.hits());
    }

    @Test
    void theCacheIsOffWhenTheApplicationIsNotAJar() {
        assertNull(CompiledRuleCache.buildFingerprint(), "tests run from target/classes: no build to fingerprint");
        assertNull(CompiledRuleCache.configured());
    }

    private static String answer(RuleEngine engine, Ruleset ruleset, ScenarioCase c) throws Exception {
        try {
            EligibilityRequest request = JSON.convertValue(c.request(), EligibilityRequest.class);
            EligibilityEvaluator.validate(request, ruleset);
            return JSON.writeValueAsString(EligibilityEvaluator.evaluate(engine, ruleset, request, true));
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    private static Map<String, String> catalogue(Ruleset ruleset) {
        return ruleset.rules().stream().collect(Collectors.toMap(RuleInfo::id, RuleInfo::toString, (a, b) -> a, TreeMap::new));
    }

    private static ClassLoader loader() {
        return CompiledRuleCacheTest.class.getClassLoader();
    }
}
