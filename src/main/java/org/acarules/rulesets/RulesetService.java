package org.acarules.rulesets;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.acarules.engine.ActiveRuleset;
import org.acarules.engine.CompilationResult;
import org.acarules.engine.Ruleset;
import org.acarules.engine.RulesetCompiler;
import org.acarules.engine.RulesetContent;
import org.acarules.scenarios.Credentials;
import org.acarules.scenarios.ScenarioCase;
import org.acarules.scenarios.ScenarioFiles;
import org.acarules.scenarios.ScenarioRunReport;
import org.acarules.scenarios.ScenarioRunner;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import java.nio.file.Path;

/**
 * Ruleset versions for analysts and administrators: validate a draft (and keep it when it compiles),
 * activate, roll back, reload from the folders. Activations are serialized; the swap itself is atomic.
 * Only the active ruleset and a few recently compiled drafts stay compiled in memory.
 */
@ApplicationScoped
public class RulesetService {
    /** The action of an activation from the configured folders made at start (first start, or a deliberate deploy). */
    public static final String DEPLOY = "deploy";
    private static final Logger LOG = Logger.getLogger(RulesetService.class);
    private static final int COMPILED_DRAFTS_KEPT = 3;

    @Inject
    ActivationLedger ledger;

    @Inject
    ActivationFollower follower;

    @Inject
    FleetPreparation fleet;

    /** False for the commands: they serve the configured folders, read no activation and record none. */
    @ConfigProperty(name = "aca.rulesets.follow-database", defaultValue = "true")
    boolean followDatabase;

    @ConfigProperty(name = "aca.rulesets.deploy-folders-on-start", defaultValue = "false")
    boolean deployFoldersOnStart;

    @ConfigProperty(name = "aca.rulesets.deploy-by")
    Optional<String> deployBy;

    @ConfigProperty(name = "aca.rulesets.deploy-reason")
    Optional<String> deployReason;

    @Inject
    MeterRegistry registry;

    private volatile Activation served = Activation.NONE;
    private volatile String foldersVersion;

    @Inject
    ActiveRuleset active;

    @Inject
    RulesetStore store;

    @Inject
    ScenarioRunner scenarios;

    @ConfigProperty(name = "aca.scenarios.dir", defaultValue = "tests")
    Path scenariosDir;

    private final ReentrantLock activation = new ReentrantLock();
    private final Map<String, Ruleset> recentDrafts = new LinkedHashMap<>(4, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Ruleset> eldest) {
            boolean evict = size() > COMPILED_DRAFTS_KEPT;
            if (evict && followDatabase) {
                fleet.forgotten(eldest.getKey());
            }
            return evict;
        }
    };

    /**
     * Chooses the version this instance serves. The database wins: the version last activated there serves after a
     * restart, on every instance, whatever the configured folders hold, because an activation is an administrator's
     * deliberate act and a restart is not. The folders serve only on a database where nothing was ever activated
     * (first start), or when the operator deploys them deliberately (deploy-folders-on-start with who and why,
     * recorded as a "deploy"; a folders version deployed once is not deployed again by a later restart), or by
     * POST /api/v1/rulesets/reload. Commands (follow-database=false) serve the folders and record nothing.
     */
    void startServing(@Observes StartupEvent event) {
        Ruleset folders = active.active();
        foldersVersion = folders.version();
        if (!followDatabase) {
            return;
        }
        if (deployFoldersOnStart) {
            deployBy.filter(b -> !b.isBlank()).orElseThrow(() -> new IllegalStateException(
                    "aca.rulesets.deploy-folders-on-start=true needs aca.rulesets.deploy-by (ACA_DEPLOY_BY): who deploys"));
            deployReason.filter(r -> !r.isBlank()).orElseThrow(() -> new IllegalStateException(
                    "aca.rulesets.deploy-folders-on-start=true needs aca.rulesets.deploy-reason (ACA_DEPLOY_REASON): why"));
        }
        try {
            store.storeIfAbsent(RulesetContent.fromFolders(active.rulesDir(), active.definitionsDir()), folders, "folders", "system");
        } catch (RuntimeException e) {
            if (store.version(folders.version()).isEmpty()) {
                throw e; // not another instance storing the same folders at the same moment
            }
        }
        activation.lock();
        try {
            try {
                chooseServed(folders);
            } catch (RulesetConflictException anotherInstanceStartedFirst) {
                chooseServed(folders); // it recorded the first start (or the deploy) a moment before: follow it
            }
        } finally {
            activation.unlock();
        }
        Gauge.builder("aca.ruleset.activation.sequence", this, service -> service.served().sequence())
                .description("The activation (database sequence) this instance serves").register(registry);
        follower.start();
    }

    /** aca_ruleset_activations_total{action, origin}: made on this instance ("here") or followed from another. */
    private void countActivation(String action, String origin) {
        Counter.builder("aca.ruleset.activations").description("Ruleset activations served by this instance")
                .tag("action", action).tag("origin", origin).register(registry).increment();
    }

    private void chooseServed(Ruleset folders) {
        Activation latest = ledger.latest().orElse(null);
        if (latest == null) {
            served = ledger.record(folders.version(), DEPLOY, "system", "first start: no version was active yet,"
                    + " the configured folders serve");
            store.audit("system", DEPLOY, folders.version(), null, served.reason(), null);
        } else if (deployFoldersOnStart && !ledger.deployed(folders.version())) {
            String by = deployBy.orElseThrow();
            String why = deployReason.orElseThrow();
            served = ledger.record(folders.version(), DEPLOY, by, why);
            store.audit(by, DEPLOY, folders.version(), latest.version(), why, "deployed from the configured folders at start");
        } else {
            if (!latest.version().equals(folders.version())) {
                active.swap(compiled(latest.version()));
                LOG.warnf("the configured folders (version %s) are NOT served: the database names version %s active"
                        + " (%s by %s at %s); deploy the folders deliberately with aca.rulesets.deploy-folders-on-start=true"
                        + " (ACA_DEPLOY_FOLDERS) and a reason, or POST /api/v1/rulesets/reload", folders.version(),
                        latest.version(), latest.action(), latest.actor(), latest.at());
            }
            served = latest;
            store.audit("system", "startup", latest.version(), null, "the version active in the database (activation "
                    + latest.sequence() + ")", latest.version().equals(folders.version()) ? null
                    : "the configured folders (" + folders.version() + ") are not served");
        }
    }

    /**
     * Serves the version the database names active if another instance activated it since this one last looked:
     * compiles it from its stored content, then swaps. Called by {@link ActivationFollower}.
     */
    public void catchUp() {
        activation.lock();
        try {
            Activation latest = ledger.latest().orElse(null);
            if (latest == null || latest.sequence() <= served.sequence()) {
                return;
            }
            long start = System.nanoTime();
            if (!latest.version().equals(active.active().version())) {
                keepCompiled(active.swap(compiled(latest.version())), latest.version());
            }
            served = latest;
            countActivation(latest.action(), "followed");
            LOG.infof("following activation %d (%s of version %s by %s) in %d ms", latest.sequence(), latest.action(),
                    latest.version(), latest.actor(), (System.nanoTime() - start) / 1_000_000);
        } finally {
            activation.unlock();
        }
    }

    /** The activation this instance serves ({@link Activation#NONE} before start-up chose one, or for a command). */
    public Activation served() {
        return served;
    }

    /** The activation the database names active, read now. */
    public Optional<Activation> wanted() {
        return followDatabase ? ledger.latest() : Optional.empty();
    }

    /** The version of the configured folders, whether or not it serves. */
    public String foldersVersion() {
        return foldersVersion;
    }

    public DraftReport draft(RulesetContent content, String actor) {
        CompilationResult result = compiler().build(content);
        boolean stored = false;
        if (result.compiles()) {
            stored = store.storeIfAbsent(content, result.ruleset(), "upload", actor);
            remember(result.ruleset());
            if (followDatabase) {
                fleet.prepared(result.version());
                ledger.announceDraft(result.version());
            }
        }
        store.audit(actor, "draft", result.version(), null, null, result.compiles() ? "compiles"
                : result.errors().size() + " rule errors, " + result.parameterErrors().size() + " parameter errors");
        return DraftReport.of(result, stored);
    }

    /** The base a draft is written on: the active ruleset's content or a stored version's. */
    public RulesetContent content(String version) {
        if (version == null || version.equals("active")) {
            return store.content(active.active().version())
                    .orElseGet(() -> RulesetContent.fromFolders(active.rulesDir(), active.definitionsDir()));
        }
        return store.content(version).orElseThrow(() -> new RulesetNotFoundException(version));
    }

    public List<RulesetSummary> versions() {
        String current = active.active().version();
        return store.versions().stream().map(v -> RulesetSummary.of(v, current)).toList();
    }

    public RulesetSummary version(String version) {
        return store.version(version).map(v -> RulesetSummary.of(v, active.active().version()))
                .orElseThrow(() -> new RulesetNotFoundException(version));
    }

    /** A stored version, compiled (from memory when recently compiled). */
    public Ruleset compiled(String version) {
        if (version.equals(active.active().version())) {
            return active.active();
        }
        synchronized (recentDrafts) {
            Ruleset cached = recentDrafts.get(version);
            if (cached != null) {
                return cached;
            }
        }
        RulesetContent content = store.content(version).orElseThrow(() -> new RulesetNotFoundException(version));
        CompilationResult result = RulesetCompiler.forStoredVersions(RulesetService.class.getClassLoader()).build(content);
        if (!result.compiles()) {
            throw new RulesetConflictException("stored version " + version + " no longer compiles: " + result.failure().getMessage());
        }
        remember(result.ruleset());
        if (followDatabase) {
            fleet.prepared(version);
        }
        return result.ruleset();
    }

    /** Runs the scenario files (the configured folder, or those uploaded) against a stored version and records it. */
    public ScenarioRunReport runScenarios(String version, List<ScenarioCase> uploaded, boolean runSetup, String actor,
            Credentials authorization) {
        Ruleset ruleset = compiled(version);
        List<ScenarioCase> cases = uploaded != null ? uploaded : ScenarioFiles.load(scenariosDir, scenarioFiles(ruleset.version()));
        ScenarioRunReport report = scenarios.run(ruleset, cases, runSetup, authorization);
        store.audit(actor, "scenario-run", version, null, null, report.passed() + " passed, " + report.failed()
                + " failed, " + report.skipped() + " skipped" + (report.failed() > 0 ? ": " + report.failedIds() : ""));
        return report;
    }

    /** A stored version's own scenario files (a draft's tests/ files), as text by path; none for a version not stored. */
    private Map<String, String> scenarioFiles(String version) {
        return store.content(version).map(RulesetContent::scenarioFiles).orElse(Map.of());
    }

    /**
     * Activates a stored version once it compiles and every scenario in the configured folder passes against it;
     * with {@code force} (and a reason) the scenario run is skipped and the version activated as it is.
     */
    public ActivationReport activate(String version, String actor, Credentials authorization, boolean force, String reason) {
        activation.lock();
        try {
            if (force && (reason == null || reason.isBlank())) {
                throw new RulesetConflictException("a forced activate needs a reason");
            }
            if (!force && !version.equals(active.active().version())) {
                ScenarioRunReport report = runScenarios(version, null, false, actor, authorization);
                if (!report.allPassed()) {
                    throw new RulesetConflictException("version " + version + " fails " + report.failed()
                            + " scenario(s): " + report.failedIds() + "; activate with force and a reason to override");
                }
            }
            return swap("activate", version, actor, force, reason);
        } finally {
            activation.unlock();
        }
    }

    /** Undoes the activation of {@code version}: the version active before it serves again. */
    public ActivationReport rollback(String version, String actor, String reason) {
        activation.lock();
        try {
            String current = wanted().map(Activation::version).orElse(active.active().version());
            if (!version.equals(current)) {
                throw new RulesetConflictException("only the active version can be rolled back; " + version
                        + " is not active (active: " + current + ")");
            }
            String previous = store.activeBefore(version).orElseThrow(() -> new RulesetConflictException(
                    "no earlier activation of another version is on record to roll back to"));
            return swap("rollback", previous, actor, false, reason);
        } finally {
            activation.unlock();
        }
    }

    /** Compiles the configured folders again and activates them (start-up's source, without a restart). */
    public ActivationReport reload(String actor) {
        activation.lock();
        try {
            RulesetContent content = RulesetContent.fromFolders(active.rulesDir(), active.definitionsDir());
            CompilationResult result = compiler().build(content);
            if (!result.compiles()) {
                store.audit(actor, "reload-refused", result.version(), active.active().version(), null, result.failure().getMessage());
                throw new RulesetConflictException(result.failure().getMessage());
            }
            store.storeIfAbsent(content, result.ruleset(), "folders", actor);
            remember(result.ruleset());
            return swap("reload", result.version(), actor, false, "reloaded from the configured folders");
        } finally {
            activation.unlock();
        }
    }

    /** A version's rule catalogue, sorted by id. */
    public List<RuleEntry> rules(String version) {
        Ruleset ruleset = compiled(version);
        return ruleset.rules().stream().map(r -> RuleEntry.of(r, ruleset.sources().get(r.id())))
                .sorted(java.util.Comparator.comparing(RuleEntry::id)).toList();
    }

    public List<AuditEntry> audit() {
        return store.auditTrail().stream().map(AuditEntry::of).toList();
    }

    /** The newest audit entries, newest first. */
    public List<AuditEntry> recentAudit(int limit) {
        return store.recentAudit(limit).stream().map(AuditEntry::of).toList();
    }

    private ActivationReport swap(String action, String version, String actor, boolean force, String reason) {
        activation.lock();
        try {
            if (followDatabase) {
                catchUp(); // an instance behind the database would otherwise record the wrong "from" version
            }
            Ruleset target = compiled(version);
            List<String> notPrepared = List.of();
            if (followDatabase) {
                notPrepared = fleet.awaitPrepared(version); // so every instance follows with a swap, not a compile
                served = ledger.record(version, action, actor, reason); // before the swap: a refused record swaps nothing
            }
            countActivation(action, "here");
            Ruleset previous = active.swap(target);
            keepCompiled(previous, version);
            store.audit(actor, action, version, previous.version(), reason, force ? "forced" : null);
            return new ActivationReport(action, version, previous.version(), force, reason, notPrepared);
        } finally {
            activation.unlock();
        }
    }

    /**
     * After a swap: the version that served stays compiled among the recent ones (a rollback to it is then a swap,
     * not a compile, on every instance); the active one is held by ActiveRuleset alone.
     */
    private void keepCompiled(Ruleset previous, String activeVersion) {
        synchronized (recentDrafts) {
            recentDrafts.remove(activeVersion);
            if (previous != null && !previous.version().equals(activeVersion)) {
                recentDrafts.put(previous.version(), previous);
            }
        }
    }

    /**
     * Compiles a draft another instance stored, ahead of its activation, so following that activation is a swap:
     * called by {@link ActivationFollower} when a draft is announced. A version already compiled here costs nothing.
     */
    public void prepare(String version) {
        compiled(version);
        fleet.prepared(version); // also when it was compiled already: the activating instance waits for this
    }

    private void remember(Ruleset ruleset) {
        if (ruleset.version().equals(active.active().version())) {
            return;
        }
        synchronized (recentDrafts) {
            recentDrafts.put(ruleset.version(), ruleset);
        }
    }

    private RulesetCompiler compiler() {
        return new RulesetCompiler(RulesetService.class.getClassLoader());
    }
}
