package org.acarules.applicants;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What a re-evaluation compares of a decision, written with it (see V70__decision_summary.sql). */
@Entity
@Table(name = "decision_summary")
public class DecisionSummaryEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "applicant_id")
    public long applicantId;
    @Column(name = "ruleset_version")
    public String rulesetVersion;
    @Column(name = "input_hash")
    public String inputHash;
    /** {@link AnswerSummary} as JSON. */
    @Column(name = "answer_summary")
    public String answerSummary;
    /** As the decision's: distinct rule ids in first-firing order, comma-separated. */
    @Column(name = "fired_rules")
    public String firedRules;

    static DecisionSummaryEntity of(DecisionEntity decision, String answerSummary) {
        DecisionSummaryEntity summary = new DecisionSummaryEntity();
        summary.applicantId = decision.applicantId;
        summary.rulesetVersion = decision.rulesetVersion;
        summary.inputHash = decision.inputHash;
        summary.answerSummary = answerSummary;
        summary.firedRules = decision.firedRules;
        return summary;
    }
}
