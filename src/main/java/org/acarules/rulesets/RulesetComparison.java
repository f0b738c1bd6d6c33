package org.acarules.rulesets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.acarules.requests.InvalidRequestException;
import org.acarules.eligibility.EligibilityRequest;
import org.acarules.eligibility.EligibilityService;
import org.acarules.engine.ActiveRuleset;
import org.acarules.engine.Ruleset;
import org.acarules.engine.RulesetPin;
import org.acarules.json.JsonDiff;
import org.acarules.limits.LimitExceededException;
import org.acarules.scenarios.ScenarioCase;
import org.acarules.scenarios.ScenarioUploads;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What-if: evaluates the same households under the active version and under a draft, in this request, and
 * reports the answers side by side with the fields that differ (the version and the trace aside).
 */
@ApplicationScoped
public class RulesetComparison {
    private static final Set<String> IGNORED = Set.of("ruleset_version", "trace");

    @Inject
    ActiveRuleset active;

    @Inject
    RulesetPin pin;

    @Inject
    RulesetService rulesets;

    @Inject
    EligibilityService eligibility;

    @Inject
    ObjectMapper json;

    /** Both answers of every household are held until the report is written: about 60 KB of heap a household. */
    @ConfigProperty(name = "aca.limits.whatif-households", defaultValue = "1000")
    int maxHouseholds;

    @ConfigProperty(name = "aca.limits.scenario-cases", defaultValue = "5000")
    int maxScenarioCases;

    /** Households given directly, plus those of a scenario file's eligibility cases that expect an answer. */
    public ComparisonReport compare(String draftVersion, List<EligibilityRequest> given, String scenarioYaml) {
        List<EligibilityRequest> households = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        if (given != null) {
            for (int i = 0; i < given.size(); i++) {
                households.add(given.get(i));
                labels.add("households[" + i + "]");
            }
        }
        if (scenarioYaml != null) {
            addEligibilityCases(ScenarioUploads.parse(java.util.Map.of("scenarios.yaml", scenarioYaml), maxScenarioCases),
                    households, labels);
        }
        return compare(draftVersion, households, labels);
    }

    /** The households of the given cases that ask for eligibility and expect an answer (the workbench: the scenario folder's). */
    public ComparisonReport compareCases(String draftVersion, List<ScenarioCase> cases) {
        List<EligibilityRequest> households = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        addEligibilityCases(cases, households, labels);
        return compare(draftVersion, households, labels);
    }

    private void addEligibilityCases(List<ScenarioCase> cases, List<EligibilityRequest> households, List<String> labels) {
        for (ScenarioCase c : cases) {
            if (c.path().equals("/api/v1/eligibility") && c.expectStatus() == 200 && c.request() != null) {
                households.add(json.convertValue(c.request(), EligibilityRequest.class));
                labels.add(c.id());
            }
        }
    }

    private ComparisonReport compare(String draftVersion, List<EligibilityRequest> households, List<String> labels) {
        if (households.isEmpty()) {
            throw new InvalidRequestException("households", "give at least one household");
        }
        if (households.size() > maxHouseholds) {
            throw new LimitExceededException("households", "households per what-if comparison (given and from scenarios: "
                    + households.size() + ")", maxHouseholds, "aca.limits.whatif-households",
                    "compare them in several requests, or run a re-evaluation job over stored applicants");
        }
        Ruleset draft = rulesets.compiled(draftVersion);
        Ruleset current = active.active();
        List<ComparisonReport.HouseholdComparison> results = new ArrayList<>();
        int changed = 0;
        Ruleset previousPin = pin.get();
        try {
            for (int i = 0; i < households.size(); i++) {
                JsonNode before = answer(current, households.get(i));
                JsonNode after = answer(draft, households.get(i));
                List<String> differences = JsonDiff.paths(before, after, IGNORED, Integer.MAX_VALUE);
                if (!differences.isEmpty()) {
                    changed++;
                }
                results.add(new ComparisonReport.HouseholdComparison(i, labels.get(i), before, after, differences));
            }
        } finally {
            pin.set(previousPin);
        }
        return new ComparisonReport(current.version(), draft.version(), households.size(), changed, results);
    }

    /** The answer (or the error it draws) as JSON, so a household that fails under one version still compares. */
    private JsonNode answer(Ruleset ruleset, EligibilityRequest household) {
        pin.set(ruleset);
        try {
            return json.valueToTree(eligibility.evaluate(household, false));
        } catch (InvalidRequestException e) {
            return json.valueToTree(java.util.Map.of("errors", e.errors()));
        } catch (RuntimeException e) {
            return json.valueToTree(java.util.Map.of("error", String.valueOf(e.getMessage())));
        }
    }
}
