package org.acarules.rulesets;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.acarules.store.RulesetActivationEntity;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The activations in the database, shared by every instance on it: the highest sequence names the version that
 * serves. Recording one on PostgreSQL also sends a NOTIFY on {@link #CHANNEL} (delivered when the transaction
 * commits), so the other instances follow at once rather than at their next periodic check.
 */
@ApplicationScoped
public class ActivationLedger {
    /** The PostgreSQL channel an activation is announced on; its payload is the sequence. */
    public static final String CHANNEL = "aca_ruleset_activation";

    /** The channel a stored draft is announced on (payload: its version), so other instances compile it ahead. */
    public static final String DRAFTS = "aca_ruleset_draft";

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    /** The active version's activation, or empty on a database where nothing was ever activated. */
    public Optional<Activation> latest() {
        return QuarkusTransaction.requiringNew().call(() -> RulesetActivationEntity
                .<RulesetActivationEntity>find("order by sequence desc").firstResultOptional().map(Activation::of));
    }

    /** Whether the version was ever deployed from the folders (or served on the database's first start). */
    public boolean deployed(String version) {
        return QuarkusTransaction.requiringNew().call(() -> RulesetActivationEntity
                .count("version = ?1 and action = ?2", version, RulesetService.DEPLOY) > 0);
    }

    /**
     * Records {@code version} as the active one with the next sequence. Two instances recording at the same moment
     * cannot take the same sequence: the second is refused with a conflict (the caller may try again).
     */
    public Activation record(String version, String action, String actor, String reason) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Long max = RulesetActivationEntity.getEntityManager()
                        .createQuery("select max(a.sequence) from RulesetActivationEntity a", Long.class).getSingleResult();
                RulesetActivationEntity entity = new RulesetActivationEntity();
                entity.sequence = (max == null ? 0 : max) + 1;
                entity.version = version;
                entity.action = action;
                entity.actor = actor;
                entity.at = OffsetDateTime.now();
                entity.reason = reason == null || reason.length() <= 2000 ? reason : reason.substring(0, 2000);
                entity.persist();
                entity.flush();
                if (isPostgres()) {
                    RulesetActivationEntity.getEntityManager().createNativeQuery("select pg_notify(?1, ?2)")
                            .setParameter(1, CHANNEL).setParameter(2, Long.toString(entity.sequence)).getSingleResult();
                }
                return Activation.of(entity);
            });
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof org.hibernate.exception.ConstraintViolationException) {
                    throw new RulesetConflictException("another activation was recorded at the same moment; look at"
                            + " the active version and try again");
                }
            }
            throw e;
        }
    }

    /** On PostgreSQL, tells the other instances a draft was stored (a hint: nothing depends on its delivery). */
    public void announceDraft(String version) {
        if (isPostgres()) {
            QuarkusTransaction.requiringNew().run(() -> RulesetActivationEntity.getEntityManager()
                    .createNativeQuery("select pg_notify(?1, ?2)").setParameter(1, DRAFTS).setParameter(2, version)
                    .getSingleResult());
        }
    }

    public boolean isPostgres() {
        return "postgresql".equalsIgnoreCase(dbKind) || "pgsql".equalsIgnoreCase(dbKind);
    }
}
