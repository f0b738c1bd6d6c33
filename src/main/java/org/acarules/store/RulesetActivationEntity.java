package org.acarules.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One activation (or rollback, reload, deploy) of a stored version; the highest sequence is the active version. */
@Entity
@Table(name = "ruleset_activation")
public class RulesetActivationEntity extends PanacheEntityBase {
    @Id
    public long sequence;
    public String version;
    public String action;
    public String actor;
    public OffsetDateTime at;
    public String reason;
}
