package org.acarules.population;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.acarules.definitions.ParameterLoader;
import org.acarules.definitions.ParameterStore;
import org.junit.jupiter.api.Test;

/**
 * The generator marks lawfully present adults barred from Medicaid by their status at the share
 * benefit-definitions/population/households.yaml gives (medicaid_immigration_bar, an assumption: 0.5), children never,
 * and some of them are below 100% of the poverty line: the people the 2026 repeal of the lawfully-present exception
 * concerns.
 */
class MedicaidBarTest {
    private static final double SHARE = 0.5; // households.yaml, medicaid_immigration_bar.value

    @Test
    void lawfullyPresentAdultsAreBarredAtTheAssumedShareSomeBelowThePovertyLine() throws Exception {
        Path definitions = Path.of("benefit-definitions");
        ParameterStore parameters = new ParameterLoader().load(definitions);
        StringWriter out = new StringWriter();
        new PopulationGenerator(definitions, parameters).write(40_000, 2026, 3, out);
        ObjectMapper mapper = new ObjectMapper();
        int lawfulAdults = 0;
        int barred = 0;
        int barredBelowPoverty = 0;
        for (String line : out.toString().split("\n")) {
            JsonNode request = mapper.readTree(line).get("request");
            JsonNode people = request.get("household").get("people");
            for (JsonNode p : people) {
                boolean isBarred = p.path("barred_from_medicaid_by_immigration_status").asBoolean(false);
                if (p.get("relationship").asText().equals("child")) {
                    assertTrue(!isBarred, line);
                    continue;
                }
                if (!p.get("immigration_status").asText().equals("lawfully_present")) {
                    assertTrue(!isBarred, line);
                    continue;
                }
                lawfulAdults++;
                if (isBarred) {
                    barred++;
                    String state = request.get("place").get("state").asText();
                    String area = state.equals("AK") ? "alaska" : state.equals("HI") ? "hawaii" : "contiguous";
                    BigDecimal guideline = parameters.povertyGuideline("gov.hhs.fpg." + area, 2025, people.size());
                    if (request.get("household").get("income").decimalValue().compareTo(guideline) < 0) {
                        barredBelowPoverty++;
                    }
                }
            }
        }
        // binomial: within 4 standard deviations of the assumed share
        double sd = Math.sqrt(lawfulAdults * SHARE * (1 - SHARE));
        assertTrue(Math.abs(barred - lawfulAdults * SHARE) < 4 * sd, barred + " of " + lawfulAdults);
        assertTrue(barredBelowPoverty > 0, "no barred lawfully present adult below 100% FPL");
    }
}
