package org.acarules.applicants;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;

/** A stored applicant as answered by the API: the request as stored (canonical JSON) and its hash. */
public record StoredApplicant(long id, String externalId, int year, String state, String inputHash,
        OffsetDateTime createdAt, OffsetDateTime updatedAt, JsonNode request) {

    static StoredApplicant of(ApplicantEntity e, CanonicalJson json) {
        return new StoredApplicant(e.id, e.externalId, e.year, e.state, e.inputHash, e.createdAt, e.updatedAt, json.tree(e.request));
    }
}
