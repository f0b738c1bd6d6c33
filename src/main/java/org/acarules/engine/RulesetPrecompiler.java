package org.acarules.engine;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Compiles the folders' ruleset on a thread of its own while the framework boots (database migration, ORM,
 * validation metadata), then runs a warm-up evaluation so the first request does not pay for class loading and
 * the engine's lazily built memories. Start-up then costs the longer of the two, not their sum, on a machine with
 * two cores. {@link ActiveRuleset} takes the result only for the folders it is configured with; for any other
 * folders (or when nothing was started, as in tests) it compiles them itself.
 */
public final class RulesetPrecompiler {
    private static final Logger LOG = Logger.getLogger(RulesetPrecompiler.class);
    private static volatile Started started;

    private record Started(Path rulesDir, Path definitionsDir, CompletableFuture<Ruleset> ruleset) {
    }

    private RulesetPrecompiler() {
    }

    /** Starts compiling; {@code warmUp} then exercises the compiled ruleset once (its failure only loses the warm-up). */
    public static void start(Path rulesDir, Path definitionsDir, Consumer<Ruleset> warmUp) {
        Path rules = rulesDir.toAbsolutePath().normalize();
        Path definitions = definitionsDir.toAbsolutePath().normalize();
        ClassLoader loader = RulesetPrecompiler.class.getClassLoader();
        CompletableFuture<Ruleset> future = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                Ruleset ruleset = RulesetCompiler.forDeployedFolders(loader).compile(rules, definitions);
                try {
                    warmUp.accept(ruleset);
                } catch (RuntimeException e) {
                    LOG.warnf("warm-up evaluation failed (start-up goes on): %s", e.toString());
                }
                future.complete(ruleset);
            } catch (Throwable e) { // a compile error is reported by the caller that takes the result
                future.completeExceptionally(e);
            }
        }, "ruleset-precompiler");
        thread.setDaemon(true);
        thread.setContextClassLoader(loader);
        started = new Started(rules, definitions, future);
        thread.start();
    }

    /**
     * The ruleset compiled ahead for exactly these folders (waiting for it), or null when none was started for them.
     * A compile error surfaces here as it would from {@link RulesetCompiler#compile}.
     */
    static Ruleset take(Path rulesDir, Path definitionsDir) {
        Started ahead = started;
        if (ahead == null || !ahead.rulesDir().equals(rulesDir.toAbsolutePath().normalize())
                || !ahead.definitionsDir().equals(definitionsDir.toAbsolutePath().normalize())) {
            return null;
        }
        started = null; // one use: a later reload compiles afresh
        try {
            return ahead.ruleset().join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }
}
