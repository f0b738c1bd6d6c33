package org.acarules.applicants;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One evaluation of a stored applicant: the input it ran on, the version, the answer, the rules fired. */
@Entity
@Table(name = "decision")
public class DecisionEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "applicant_id")
    public long applicantId;
    @Column(name = "ruleset_version")
    public String rulesetVersion;
    @Column(name = "input_hash")
    public String inputHash;
    public String request;
    public String answer;
    /** Distinct rule ids in first-firing order, comma-separated. */
    @Column(name = "fired_rules")
    public String firedRules;
    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;
}
