package org.acarules.batch;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What one chunk produced, written with its checkpoint in one transaction. {@code reusedBaseline}: households whose
 * compare_to answer was read from a stored decision instead of being evaluated.
 */
record ChunkResult(long chunkNo, long lastApplicantId, int processed, int changed, int errors, List<Change> changes,
        Map<TallyKey, Tally> tallies, List<NewDecision> decisions, int reusedBaseline) {

    record Change(long applicantId, String externalId, String state, String fplBand, BigDecimal aptcBefore,
            BigDecimal aptcAfter, String peopleJson, String rulesAdded, String rulesRemoved, String error) {
    }

    record TallyKey(String state, String fplBand, String before, String after) {
    }

    /** Mutable while the chunk is evaluated on one thread. */
    static final class Tally {
        int persons;
        BigDecimal aptcBefore = BigDecimal.ZERO;
        BigDecimal aptcAfter = BigDecimal.ZERO;
    }

    record NewDecision(long applicantId, String rulesetVersion, String inputHash, String request, String answer,
            String answerSummary, String firedRules) {
    }
}
