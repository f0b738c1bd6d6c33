package org.acarules.rulesets;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.acarules.store.InstanceIdentity;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Makes an activation a swap on every instance rather than a compile after the fact: each instance on PostgreSQL
 * reports itself alive (at every periodic check) and the versions it holds compiled; an activation announces the
 * version and waits, before it is recorded, until every live instance holds it compiled. Issue 14 measured why: a
 * follower that compiles a version only when its activation arrives takes 6-7 s (a quiet machine) to serve it, where
 * a prepared one swaps in tens of milliseconds. The wait is bounded ({@code aca.rulesets.prepare-timeout-ms}): an
 * instance that cannot compile in that time does not block the fleet, it is named in the activation's answer and
 * stays not-ready until it has caught up. On H2 (one instance) nothing is written and nothing waits.
 */
@ApplicationScoped
public class FleetPreparation {
    private static final Logger LOG = Logger.getLogger(FleetPreparation.class);

    @Inject
    ActivationLedger ledger;

    @Inject
    InstanceIdentity identity;

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "aca.rulesets.check-interval-ms", defaultValue = "1000")
    long checkIntervalMillis;

    @ConfigProperty(name = "aca.rulesets.prepare-timeout-ms", defaultValue = "30000")
    long prepareTimeoutMillis;

    /** On start: what this id reported before a restart is no longer compiled here. */
    void joined(String serving) {
        if (ledger.isPostgres()) {
            QuarkusTransaction.requiringNew().run(() -> {
                // instances gone for a day (killed, or renamed by a new port) are forgotten, so the tables stay small
                entityManager.createNativeQuery("delete from ruleset_prepared p where p.instance_id = ?1 or not exists"
                        + " (select 1 from ruleset_instance i where i.instance_id = p.instance_id"
                        + " and i.seen_at > now() - interval '1 day')").setParameter(1, identity.id()).executeUpdate();
                entityManager.createNativeQuery("delete from ruleset_instance where seen_at < now() - interval '1 day'")
                        .executeUpdate();
            });
            alive(serving);
        }
    }

    /** At every periodic check: this instance is alive and serves {@code serving}. */
    void alive(String serving) {
        if (ledger.isPostgres()) {
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("insert into ruleset_instance"
                    + " (instance_id, serving, seen_at) values (?1, ?2, now()) on conflict (instance_id)"
                    + " do update set serving = excluded.serving, seen_at = excluded.seen_at")
                    .setParameter(1, identity.id()).setParameter(2, serving).executeUpdate());
        }
    }

    /** On a graceful stop: an activation no longer waits for this instance. */
    void left() {
        if (ledger.isPostgres()) {
            QuarkusTransaction.requiringNew().run(() -> {
                entityManager.createNativeQuery("delete from ruleset_instance where instance_id = ?1")
                        .setParameter(1, identity.id()).executeUpdate();
                entityManager.createNativeQuery("delete from ruleset_prepared where instance_id = ?1")
                        .setParameter(1, identity.id()).executeUpdate();
            });
        }
    }

    /** This instance holds {@code version} compiled. */
    void prepared(String version) {
        if (ledger.isPostgres()) {
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("insert into ruleset_prepared"
                    + " (instance_id, version, prepared_at) values (?1, ?2, now()) on conflict do nothing")
                    .setParameter(1, identity.id()).setParameter(2, version).executeUpdate());
        }
    }

    /** This instance dropped {@code version} from its compiled versions: following its activation would compile. */
    void forgotten(String version) {
        if (ledger.isPostgres()) {
            QuarkusTransaction.requiringNew().run(() -> entityManager
                    .createNativeQuery("delete from ruleset_prepared where instance_id = ?1 and version = ?2")
                    .setParameter(1, identity.id()).setParameter(2, version).executeUpdate());
        }
    }

    /**
     * Announces {@code version} to the other instances and waits until each live one holds it compiled (or serves
     * it), at most the prepare timeout. Returns the instances that still did not: empty when the fleet is ready.
     */
    List<String> awaitPrepared(String version) {
        if (!ledger.isPostgres()) {
            return List.of();
        }
        ledger.announceDraft(version);
        long deadline = System.nanoTime() + prepareTimeoutMillis * 1_000_000;
        List<String> behind = behind(version);
        while (!behind.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            behind = behind(version);
        }
        if (!behind.isEmpty()) {
            LOG.warnf("instances %s did not compile version %s within %d ms; activating without them (they report"
                    + " not-ready until they serve it)", behind, version, prepareTimeoutMillis);
        }
        return behind;
    }

    /** Live instances other than this one that neither serve {@code version} nor hold it compiled. */
    @SuppressWarnings("unchecked")
    private List<String> behind(String version) {
        double liveSeconds = Math.max(3.0, 5.0 * checkIntervalMillis / 1000.0);
        return QuarkusTransaction.requiringNew().call(() -> (List<String>) entityManager.createNativeQuery(
                "select i.instance_id from ruleset_instance i where i.seen_at > now() - make_interval(secs => ?1)"
                        + " and i.instance_id <> ?2 and coalesce(i.serving, '') <> ?3 and not exists (select 1 from"
                        + " ruleset_prepared p where p.instance_id = i.instance_id and p.version = ?3)"
                        + " order by i.instance_id")
                .setParameter(1, liveSeconds).setParameter(2, identity.id()).setParameter(3, version).getResultList());
    }
}
