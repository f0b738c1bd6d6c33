package org.acarules.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.acarules.rulesets.ComparisonReport;
import org.junit.jupiter.api.Test;

class TransitionsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void countsPeopleByOutcomeBeforeAndAfterAndTheMovesFirst() throws Exception {
        ComparisonReport report = new ComparisonReport("a", "b", 2, 1, List.of(
                household(0, answer(1200.50, "pat", "aptc", "sam", "aptc"), answer(0, "pat", "marketplace", "sam", "aptc")),
                household(1, answer(0, "kim", "medicaid"), json("{\"errors\": [{\"field\": \"year\"}]}"))));

        Transitions t = Transitions.of(report);

        assertEquals(List.of(new Transitions.Move("aptc", "marketplace", 1, true),
                new Transitions.Move("medicaid", "no answer", 1, true),
                new Transitions.Move("aptc", "aptc", 1, false)), t.moves());
        assertEquals(3, t.people());
        assertEquals(2, t.peopleMoved());
        assertEquals(Map.of("aptc", 2, "medicaid", 1), t.activeCounts());
        assertEquals(Map.of("aptc", 1, "marketplace", 1, "no answer", 1), t.draftCounts());
        assertEquals(new BigDecimal("-1200.5"), t.aptcChange());
    }

    private static ComparisonReport.HouseholdComparison household(int index, JsonNode active, JsonNode draft) {
        return new ComparisonReport.HouseholdComparison(index, "case-" + index, active, draft, List.of("people[0].outcome"));
    }

    private static JsonNode answer(double aptcAnnual, String... idsAndOutcomes) throws Exception {
        StringBuilder people = new StringBuilder();
        for (int i = 0; i < idsAndOutcomes.length; i += 2) {
            people.append(i == 0 ? "" : ",").append("{\"id\": \"").append(idsAndOutcomes[i]).append("\", \"outcome\": \"")
                    .append(idsAndOutcomes[i + 1]).append("\"}");
        }
        return json("{\"household\": {\"aptc\": {\"amount\": {\"annual\": " + aptcAnnual + "}}}, \"people\": [" + people + "]}");
    }

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }
}
