package org.acarules.rulesets;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.acarules.engine.RulesetContent;
import org.acarules.engine.Ruleset;
import org.acarules.store.AuditEventEntity;
import org.acarules.store.RulesetVersionEntity;

/** Ruleset versions and the audit trail in the database. Versions are written once and never changed. */
@ApplicationScoped
public class RulesetStore {
    private static final long MAX_STORED_BYTES = 256L * 1024 * 1024;

    /** Stores the content under its version unless it is already there; true when newly stored. */
    public boolean storeIfAbsent(RulesetContent content, Ruleset compiled, String origin, String actor) {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (RulesetVersionEntity.findById(compiled.version()) != null) {
                return false;
            }
            RulesetVersionEntity entity = new RulesetVersionEntity();
            entity.version = compiled.version();
            entity.content = content.toZip();
            entity.origin = origin;
            entity.createdBy = actor;
            entity.createdAt = OffsetDateTime.now();
            entity.ruleCount = compiled.rules().size();
            entity.parameterCount = compiled.parameters().all().size();
            entity.persist();
            return true;
        });
    }

    public Optional<RulesetContent> content(String version) {
        return QuarkusTransaction.requiringNew().call(() -> RulesetVersionEntity.<RulesetVersionEntity>findByIdOptional(version)
                .map(e -> RulesetContent.fromZip(new ByteArrayInputStream(e.content), MAX_STORED_BYTES)));
    }

    public List<RulesetVersionEntity> versions() {
        return QuarkusTransaction.requiringNew().call(() -> RulesetVersionEntity.<RulesetVersionEntity>list("order by createdAt desc"));
    }

    public Optional<RulesetVersionEntity> version(String version) {
        return QuarkusTransaction.requiringNew().call(() -> RulesetVersionEntity.<RulesetVersionEntity>findByIdOptional(version));
    }

    public void audit(String actor, String action, String version, String fromVersion, String reason, String detail) {
        QuarkusTransaction.requiringNew().run(() -> {
            AuditEventEntity event = new AuditEventEntity();
            event.at = OffsetDateTime.now();
            event.actor = actor;
            event.action = action;
            event.version = version;
            event.fromVersion = fromVersion;
            event.reason = truncate(reason, 2000);
            event.detail = truncate(detail, 8000);
            event.persist();
        });
    }

    public List<AuditEventEntity> auditTrail() {
        return QuarkusTransaction.requiringNew().call(() -> AuditEventEntity.<AuditEventEntity>list("order by id desc"));
    }

    /** The newest {@code limit} audit entries, newest first. */
    public List<AuditEventEntity> recentAudit(int limit) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEventEntity.<AuditEventEntity>find("order by id desc")
                .page(0, limit).list());
    }

    /** The version that was active before {@code version} was last made active, from the audit trail. */
    public Optional<String> activeBefore(String version) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEventEntity.<AuditEventEntity>find(
                "version = ?1 and action in ('activate', 'rollback', 'reload', 'deploy') and fromVersion is not null order by id desc",
                version).firstResultOptional().map(e -> e.fromVersion));
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
