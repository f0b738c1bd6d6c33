package org.acarules.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One recorded action on rulesets: draft, scenario run, activation, rollback, reload, start-up load. */
@Entity
@Table(name = "audit_event")
public class AuditEventEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public OffsetDateTime at;
    public String actor;
    public String action;
    public String version;
    @Column(name = "from_version")
    public String fromVersion;
    public String reason;
    public String detail;
}
