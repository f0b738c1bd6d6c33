package org.acarules.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A stored ruleset version with its full content; never changed once written. */
@Entity
@Table(name = "ruleset_version")
public class RulesetVersionEntity extends PanacheEntityBase {
    @Id
    public String version;
    public byte[] content;
    public String origin;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "rule_count")
    public int ruleCount;
    @Column(name = "parameter_count")
    public int parameterCount;
}
