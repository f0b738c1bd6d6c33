package org.acarules.rulesets;

import java.time.OffsetDateTime;
import org.acarules.store.AuditEventEntity;

public record AuditEntry(long id, OffsetDateTime at, String actor, String action, String version, String fromVersion,
        String reason, String detail) {

    static AuditEntry of(AuditEventEntity e) {
        return new AuditEntry(e.id, e.at, e.actor, e.action, e.version, e.fromVersion, e.reason, e.detail);
    }
}
