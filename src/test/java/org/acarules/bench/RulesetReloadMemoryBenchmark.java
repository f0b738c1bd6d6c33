package org.acarules.bench;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.acarules.engine.ActiveRuleset;
import org.acarules.engine.RulesetContent;
import org.acarules.rulesets.DraftReport;
import org.acarules.rulesets.RulesetService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A measurement, not a test: drafts and force-activates 200 distinct ruleset versions (the catastrophic age limit
 * varied) and prints the used heap after a forced GC before and after. Only the active ruleset and the three most
 * recent drafts should stay compiled, so the heap should not grow with the number of activations.
 *
 * <p>Run (a file database, so the 200 stored versions' content is not counted in the heap as an in-memory H2 would):
 * {@code ACA_TEST_JDBC_URL='jdbc:h2:file:./target/bench-db/aca;DB_CLOSE_DELAY=-1' mvn -B test
 * -Dtest=RulesetReloadMemoryBenchmark -Dbench=true}
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "bench", matches = "true")
class RulesetReloadMemoryBenchmark {
    private static final String PARAMETER = "benefit-definitions/parameters/gov/aca/catastrophic/age_limit.yaml";
    private static final int VERSIONS = 200;
    private static final int WARM_UP = 5;

    @Inject
    RulesetService rulesets;

    @Inject
    ActiveRuleset active;

    @Test
    void activationsDoNotGrowTheHeap() {
        RulesetContent base = RulesetContent.fromFolders(active.rulesDir(), active.definitionsDir());
        String file = new String(base.files().get(PARAMETER), StandardCharsets.UTF_8);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        try {
            for (int i = 0; i < WARM_UP; i++) { // class loading, JIT and the caches of a first compile are not growth
                activate(base, file, 1000 + i);
            }
            long before = usedAfterGc(memory);
            long start = System.nanoTime();
            for (int i = 0; i < VERSIONS; i++) {
                activate(base, file, 2000 + i);
                if ((i + 1) % 50 == 0) {
                    System.out.printf("after %d activations: used heap %.1f MiB%n", i + 1, usedAfterGc(memory) / 1048576.0);
                }
            }
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            long after = usedAfterGc(memory);
            System.out.printf("ruleset versions: %d drafted and force-activated in %d s (%.1f s each); used heap after GC: "
                    + "before %.1f MiB, after %.1f MiB, difference %+.1f MiB; max heap %.0f MiB; Java %s, %d cores%n",
                    VERSIONS, seconds, seconds / (double) VERSIONS, before / 1048576.0, after / 1048576.0,
                    (after - before) / 1048576.0, memory.getHeapMemoryUsage().getMax() / 1048576.0,
                    System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        } finally {
            rulesets.reload("bench"); // the configured folders serve again
        }
    }

    private void activate(RulesetContent base, String file, int ageLimit) {
        String varied = file.replace("'2014-01-01': 30", "'2014-01-01': " + ageLimit);
        RulesetContent content = base.with(Map.of(PARAMETER, varied.getBytes(StandardCharsets.UTF_8)), Set.of());
        DraftReport draft = rulesets.draft(content, "bench");
        rulesets.activate(draft.version(), "bench", null, true, "memory measurement");
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
