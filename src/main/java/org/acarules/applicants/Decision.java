package org.acarules.applicants;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/** A stored decision as the API answers it. */
public record Decision(long id, long applicantId, String rulesetVersion, String inputHash, OffsetDateTime decidedAt,
        List<String> firedRules, JsonNode answer) {

    static Decision of(DecisionEntity e, CanonicalJson json) {
        List<String> rules = e.firedRules.isEmpty() ? List.of() : Arrays.asList(e.firedRules.split(","));
        return new Decision(e.id, e.applicantId, e.rulesetVersion, e.inputHash, e.decidedAt, rules, json.tree(e.answer));
    }
}
