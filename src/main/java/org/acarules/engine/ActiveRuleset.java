package org.acarules.engine;

import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The ruleset every request evaluates against, compiled once at start-up from the configured folders.
 * A compile error stops start-up with the file, line and message.
 */
@Startup
@ApplicationScoped
public class ActiveRuleset {
    private static final Logger LOG = Logger.getLogger(ActiveRuleset.class);

    @ConfigProperty(name = "aca.rules.dir", defaultValue = "rules")
    Path rulesDir;

    @ConfigProperty(name = "aca.definitions.dir", defaultValue = "benefit-definitions")
    Path definitionsDir;

    @ConfigProperty(name = "aca.engine.firing-limit", defaultValue = "10000")
    int firingLimit;

    @ConfigProperty(name = "aca.engine.deadline", defaultValue = "3s")
    java.time.Duration deadline;

    private final AtomicReference<Ruleset> active = new AtomicReference<>();

    @Inject
    RulesetPin pin;

    @Inject
    MeterRegistry registry;

    private RuleEngine engine;
    private MultiGauge activeVersionGauge;

    @PostConstruct
    void load() {
        long start = System.nanoTime();
        Ruleset ruleset = RulesetPrecompiler.take(rulesDir, definitionsDir);
        String how = "compiled ahead, waited";
        if (ruleset == null) {
            ruleset = RulesetCompiler.forDeployedFolders(ActiveRuleset.class.getClassLoader())
                    .compile(rulesDir.toAbsolutePath(), definitionsDir.toAbsolutePath());
            how = "compiled in";
        }
        active.set(ruleset);
        engine = new RuleEngine(firingLimit, deadline, new EvaluationOutcomes(registry));
        activeVersionGauge = MultiGauge.builder("aca.ruleset.active")
                .description("1 for the ruleset version this instance serves (its label)").register(registry);
        showActiveVersion(ruleset);
        LOG.infof("ruleset %s: %d rules, %d parameters %s %d ms", ruleset.version(), ruleset.rules().size(),
                ruleset.parameters().all().size(), how, (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * The ruleset to evaluate with: the version this request pinned, else the active one. Fetch it once per
     * evaluation, so a concurrent activation never mixes versions.
     */
    public Ruleset get() {
        if (Arc.container().requestContext().isActive()) {
            Ruleset pinned = pin.get();
            if (pinned != null) {
                return pinned;
            }
        }
        return active.get();
    }

    /** The active ruleset, whatever this request pinned. */
    public Ruleset active() {
        return active.get();
    }

    /** Makes {@code ruleset} the one new evaluations use; evaluations already running finish on theirs. */
    public Ruleset swap(Ruleset ruleset) {
        Ruleset previous = active.getAndSet(ruleset);
        showActiveVersion(ruleset);
        LOG.infof("ruleset %s active (was %s)", ruleset.version(), previous == null ? "none" : previous.version());
        return previous;
    }

    private void showActiveVersion(Ruleset ruleset) {
        activeVersionGauge.register(List.of(MultiGauge.Row.of(Tags.of("version", ruleset.version()), 1)), true);
    }

    public Path rulesDir() {
        return rulesDir.toAbsolutePath();
    }

    public Path definitionsDir() {
        return definitionsDir.toAbsolutePath();
    }

    public RuleEngine engine() {
        return engine;
    }
}
