package org.acarules.applicants;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.acarules.requests.FieldError;
import org.acarules.requests.InvalidRequestException;
import org.acarules.engine.ActiveRuleset;
import org.acarules.engine.Ruleset;

/** Stores, reads, replaces and deletes applicants. A post of many is all or nothing. External ids are unique. */
@ApplicationScoped
public class ApplicantService {
    @Inject
    ApplicantValidation validation;

    @Inject
    CanonicalJson json;

    @Inject
    ActiveRuleset active;

    public List<StoredApplicant> create(List<ApplicantInput> inputs) {
        Ruleset ruleset = active.get();
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            ApplicantInput input = inputs.get(i);
            errors.addAll(validation.problems(input, ruleset, "applicants[" + i + "]."));
            if (input.externalId() != null && !seen.add(input.externalId())) {
                errors.add(new FieldError("applicants[" + i + "].external_id", "duplicate external id in this request"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            List<FieldError> taken = new ArrayList<>();
            for (int i = 0; i < inputs.size(); i++) {
                ApplicantEntity existing = byExternalId(inputs.get(i).externalId());
                if (existing != null) {
                    taken.add(new FieldError("applicants[" + i + "].external_id", "already stored as applicant " + existing.id));
                }
            }
            if (!taken.isEmpty()) {
                throw new InvalidRequestException(taken);
            }
            List<StoredApplicant> stored = new ArrayList<>();
            for (ApplicantInput input : inputs) {
                ApplicantEntity entity = new ApplicantEntity();
                entity.createdAt = OffsetDateTime.now();
                fill(entity, input);
                entity.persist();
                stored.add(StoredApplicant.of(entity, json));
            }
            return stored;
        });
    }

    public StoredApplicant get(long id) {
        return QuarkusTransaction.requiringNew().call(() -> StoredApplicant.of(find(id), json));
    }

    /** The stored entity (for evaluation), read in its own transaction. */
    public ApplicantEntity entity(long id) {
        return QuarkusTransaction.requiringNew().call(() -> find(id));
    }

    public StoredApplicant replace(long id, ApplicantInput input) {
        List<FieldError> errors = validation.problems(input, active.get(), "");
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            ApplicantEntity entity = find(id);
            ApplicantEntity other = byExternalId(input.externalId());
            if (other != null && !other.id.equals(entity.id)) {
                throw new InvalidRequestException("external_id", "already stored as applicant " + other.id);
            }
            fill(entity, input);
            return StoredApplicant.of(entity, json);
        });
    }

    public void delete(long id) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (!ApplicantEntity.deleteById(id)) {
                throw new ApplicantNotFoundException("applicant", id);
            }
        });
    }

    private void fill(ApplicantEntity entity, ApplicantInput input) {
        entity.externalId = input.externalId();
        entity.year = input.request().year();
        entity.state = input.request().place().state();
        entity.request = json.write(input.request());
        entity.inputHash = CanonicalJson.sha256(entity.request);
        entity.updatedAt = OffsetDateTime.now();
    }

    private static ApplicantEntity find(long id) {
        ApplicantEntity entity = ApplicantEntity.findById(id);
        if (entity == null) {
            throw new ApplicantNotFoundException("applicant", id);
        }
        return entity;
    }

    private static ApplicantEntity byExternalId(String externalId) {
        return ApplicantEntity.<ApplicantEntity>find("externalId", externalId).firstResult();
    }
}
