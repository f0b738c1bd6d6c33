package org.acarules.eligibility;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.acarules.engine.RuleEngine;
import org.acarules.engine.Ruleset;

/**
 * Exercises a freshly compiled ruleset before the service answers anyone: a few households of different shapes go
 * through validation, the rules, the answer's assembly and JSON, so the classes they need are loaded and the
 * engine's lazily built memories exist when the first real request comes. Nothing is kept from these evaluations.
 */
public final class EligibilityWarmUp {
    /** Shapes that reach the main rule paths: Marketplace credit with an employer offer, a family with children, low income. */
    private static final List<String> HOUSEHOLDS = List.of("""
            {"year": %d, "place": {"state": "%s"},
             "household": {"income": 31500, "filing_status": "single",
               "people": [{"id": "a", "age": 40, "relationship": "self", "immigration_status": "citizen",
                 "employer_offer": {"self_only_monthly_contribution": 300, "family_monthly_contribution": 640,
                                    "provides_minimum_value": true}}]},
             "benchmark_premium": {"monthly": 625}}""", """
            {"year": %d, "place": {"state": "%s"},
             "household": {"income": 52000, "filing_status": "married_filing_jointly",
               "people": [{"id": "a", "age": 35, "relationship": "self", "immigration_status": "citizen"},
                          {"id": "b", "age": 33, "relationship": "spouse", "immigration_status": "citizen", "is_pregnant": true},
                          {"id": "c", "age": 4, "relationship": "child", "is_tax_dependent": true, "immigration_status": "citizen"}]},
             "benchmark_premium": {"monthly": 1400}}""", """
            {"year": %d, "place": {"state": "%s"},
             "household": {"income": 9000, "filing_status": "single",
               "people": [{"id": "a", "age": 58, "relationship": "self", "immigration_status": "lawfully_present"}]},
             "benchmark_premium": {"monthly": 900}}""");
    private static final int ROUNDS = 2;

    private EligibilityWarmUp() {
    }

    /** Evaluates the warm-up households in the ruleset's default year (its latest whose figures are all held), in its first modelled state. */
    public static void run(Ruleset ruleset) {
        ObjectMapper json = new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        var definition = ruleset.parameters().ruleset();
        int year = definition.defaultYear(); // the last year may still lack figures (422): never stop start-up on it
        String state = definition.states().iterator().next();
        RuleEngine engine = new RuleEngine(10_000);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                for (String household : HOUSEHOLDS) {
                    EligibilityRequest request = json.readValue(household.formatted(year, state), EligibilityRequest.class);
                    EligibilityEvaluator.validate(request, ruleset);
                    json.writeValueAsBytes(EligibilityEvaluator.evaluate(engine, ruleset, request, false));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
