package org.acarules.applicants;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A stored applicant: an eligibility request as canonical JSON under the caller's external id. */
@Entity
@Table(name = "applicant")
public class ApplicantEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "external_id")
    public String externalId;
    @Column(name = "request_year")
    public int year;
    public String state;
    public String request;
    @Column(name = "input_hash")
    public String inputHash;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
