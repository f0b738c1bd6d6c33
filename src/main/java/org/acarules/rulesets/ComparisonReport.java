package org.acarules.rulesets;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** Per household, the active version's and the draft's answers side by side, and the fields that differ. */
public record ComparisonReport(String activeVersion, String draftVersion, int households, int changed,
        List<HouseholdComparison> results) {

    public record HouseholdComparison(int index, String label, JsonNode active, JsonNode draft, List<String> differences) {
    }
}
