package org.acarules.engine;

import java.util.IdentityHashMap;
import java.util.Map;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * What evaluations of one compiled rule base share, made once on first use: a pool of sessions (a session handed
 * back is reset, so the next evaluation starts empty but keeps the network memory the last one allocated), and the
 * rule catalogue keyed by identity (looking a Drools rule up by equals hashes and compares its name at every firing).
 * Shared by a ruleset and its per-request what-ifs (same rule base, other parameters).
 */
public final class SessionCache {
    private final KieBase kieBase;
    private final Map<Rule, RuleInfo> catalogue;
    private final boolean declaresParams;
    private volatile KieSessionsPool pool;
    private volatile Map<Rule, RuleInfo> byIdentity;

    SessionCache(KieBase kieBase, Map<Rule, RuleInfo> catalogue) {
        this.kieBase = kieBase;
        this.catalogue = catalogue;
        this.declaresParams = kieBase != null && kieBase.getKiePackages().stream()
                .flatMap(p -> p.getGlobalVariables().stream())
                .anyMatch(g -> g.getName().equals(RuleEngine.PARAMS_GLOBAL));
    }

    /** Whether any rule declares the parameters global (a session refuses a global no rule declares). */
    boolean declaresParams() {
        return declaresParams;
    }

    /** A session from the pool: empty, no globals, no listeners. {@code dispose()} gives it back. */
    KieSession session() {
        KieSessionsPool sessions = pool;
        if (sessions == null) {
            synchronized (this) {
                sessions = pool;
                if (sessions == null) {
                    sessions = kieBase.newKieSessionsPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
                    pool = sessions;
                }
            }
        }
        return sessions.newKieSession();
    }

    Map<Rule, RuleInfo> catalogueByIdentity() {
        Map<Rule, RuleInfo> map = byIdentity;
        if (map == null) {
            map = new IdentityHashMap<>(catalogue);
            byIdentity = map;
        }
        return map;
    }
}
