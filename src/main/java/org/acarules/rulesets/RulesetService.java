package org.acarules.rulesets;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.acarules.engine.ActiveRuleset;
import org.acarules.engine.CompilationResult;
import org.acarules.engine.Ruleset;
import org.acarules.engine.RulesetCompiler;
import org.acarules.engine.RulesetContent;

/**
 * Ruleset versions for analysts and administrators: validate a draft (and keep it when it compiles),
 * activate, roll back, reload from the folders. Activations are serialized; the swap itself is atomic.
 * Only the active ruleset and a few recently compiled drafts stay compiled in memory.
 */
@ApplicationScoped
public class RulesetService {
    private static final int COMPILED_DRAFTS_KEPT = 3;

    @Inject
    ActiveRuleset active;

    @Inject
    RulesetStore store;

    private final ReentrantLock activation = new ReentrantLock();
    private final Map<String, Ruleset> recentDrafts = new LinkedHashMap<>(4, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Ruleset> eldest) {
            return size() > COMPILED_DRAFTS_KEPT;
        }
    };

    void recordStartupVersion(@Observes StartupEvent event) {
        Ruleset ruleset = active.get();
        RulesetContent content = RulesetContent.fromFolders(active.rulesDir(), active.definitionsDir());
        store.storeIfAbsent(content, ruleset, "folders", "system");
        store.audit("system", "startup", ruleset.version(), null, "loaded from the configured folders", null);
    }

    public DraftReport draft(RulesetContent content, String actor) {
        CompilationResult result = compiler().build(content);
        boolean stored = false;
        if (result.compiles()) {
            stored = store.storeIfAbsent(content, result.ruleset(), "upload", actor);
            remember(result.ruleset());
        }
        store.audit(actor, "draft", result.version(), null, null, result.compiles() ? "compiles"
                : result.errors().size() + " rule errors, " + result.parameterErrors().size() + " parameter errors");
        return DraftReport.of(result, stored);
    }

    /** The base a draft is written on: the active ruleset's content or a stored version's. */
    public RulesetContent content(String version) {
        if (version == null || version.equals("active")) {
            return store.content(active.get().version())
                    .orElseGet(() -> RulesetContent.fromFolders(active.rulesDir(), active.definitionsDir()));
        }
        return store.content(version).orElseThrow(() -> new RulesetNotFoundException(version));
    }

    public List<RulesetSummary> versions() {
        String current = active.get().version();
        return store.versions().stream().map(v -> RulesetSummary.of(v, current)).toList();
    }

    public RulesetSummary version(String version) {
        return store.version(version).map(v -> RulesetSummary.of(v, active.get().version()))
                .orElseThrow(() -> new RulesetNotFoundException(version));
    }

    /** A stored version, compiled (from memory when recently compiled). */
    public Ruleset compiled(String version) {
        if (version.equals(active.get().version())) {
            return active.get();
        }
        synchronized (recentDrafts) {
            Ruleset cached = recentDrafts.get(version);
            if (cached != null) {
                return cached;
            }
        }
        RulesetContent content = store.content(version).orElseThrow(() -> new RulesetNotFoundException(version));
        CompilationResult result = compiler().build(content);
        if (!result.compiles()) {
            throw new RulesetConflictException("stored version " + version + " no longer compiles: " + result.failure().getMessage());
        }
        remember(result.ruleset());
        return result.ruleset();
    }

    public ActivationReport activate(String version, String actor, boolean force, String reason) {
        return swap("activate", version, actor, force, reason);
    }

    /** Undoes the activation of {@code version}: the version active before it serves again. */
    public ActivationReport rollback(String version, String actor, String reason) {
        activation.lock();
        try {
            if (!version.equals(active.get().version())) {
                throw new RulesetConflictException("only the active version can be rolled back; " + version
                        + " is not active (active: " + active.get().version() + ")");
            }
            String previous = store.activeBefore(version).orElseThrow(() -> new RulesetConflictException(
                    "no earlier activation of another version is on record to roll back to"));
            return swap("rollback", previous, actor, true, reason);
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
                store.audit(actor, "reload-refused", result.version(), active.get().version(), null, result.failure().getMessage());
                throw new RulesetConflictException(result.failure().getMessage());
            }
            store.storeIfAbsent(content, result.ruleset(), "folders", actor);
            remember(result.ruleset());
            return swap("reload", result.version(), actor, false, "reloaded from the configured folders");
        } finally {
            activation.unlock();
        }
    }

    public List<AuditEntry> audit() {
        return store.auditTrail().stream().map(AuditEntry::of).toList();
    }

    private ActivationReport swap(String action, String version, String actor, boolean force, String reason) {
        activation.lock();
        try {
            if (force && (reason == null || reason.isBlank())) {
                throw new RulesetConflictException("a forced " + action + " needs a reason");
            }
            Ruleset target = compiled(version);
            Ruleset previous = active.swap(target);
            synchronized (recentDrafts) {
                recentDrafts.remove(version); // the active ruleset is held by ActiveRuleset alone
            }
            store.audit(actor, action, version, previous.version(), reason, force ? "forced" : null);
            return new ActivationReport(action, version, previous.version(), force, reason);
        } finally {
            activation.unlock();
        }
    }

    private void remember(Ruleset ruleset) {
        if (ruleset.version().equals(active.get().version())) {
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
