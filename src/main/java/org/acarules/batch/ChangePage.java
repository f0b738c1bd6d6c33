package org.acarules.batch;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;

/** GET /api/v1/reevaluations/{id}/changes: changed (or failed) households in applicant id order. */
public record ChangePage(int page, int size, long total, List<Item> items) {

    public record Item(long applicantId, String externalId, String state, String fplBand, BigDecimal aptcBefore,
            BigDecimal aptcAfter, JsonNode people, List<String> rulesAdded, List<String> rulesRemoved, String error) {
    }
}
