package org.acarules.eligibility;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.acarules.requests.FieldError;
import org.acarules.requests.InvalidRequestException;
import org.acarules.definitions.RulesetDefinition;
import org.acarules.engine.ActiveRuleset;
import org.acarules.engine.Evaluation;
import org.acarules.engine.Ruleset;
import org.acarules.facts.FilingStatus;
import org.acarules.facts.Household;
import org.acarules.facts.PtcIncome;

/** The HealthCare.gov Marketplace API calls, answered by the same rules as /api/v1/eligibility. */
@ApplicationScoped
public class MarketplaceService {
    @Inject
    ActiveRuleset active;

    @Inject
    EligibilityService eligibility;

    public MarketplaceEstimates estimates(EligibilityRequest request) {
        return MarketplaceEstimates.from(eligibility.evaluate(request, false));
    }

    /** Runs only the household through the rules: the poverty-level rule (FPL-001) is the one that applies. */
    public PovertyLevel povertyLevel(Integer year, String state, Integer size, BigDecimal income) {
        Ruleset ruleset = active.get();
        validate(year, state, size, income, ruleset.parameters().ruleset());
        Household household = new Household(year, java.time.LocalDate.of(year, 1, 1), state, income,
                FilingStatus.SINGLE, size, null, null);
        Evaluation evaluation = active.engine().evaluate(ruleset, List.of(household));
        PtcIncome ptc = evaluation.factsOf(PtcIncome.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("the poverty-level rule did not fire"));
        return new PovertyLevel(year, state, size, income, ptc.guidelineYear(), ptc.guideline(),
                EligibilityResponseAssembler.percent(ptc.ratio()), ruleset.version());
    }

    private static void validate(Integer year, String state, Integer size, BigDecimal income, RulesetDefinition ruleset) {
        List<FieldError> errors = new ArrayList<>();
        if (year == null) {
            errors.add(new FieldError("year", "required"));
        } else if (!ruleset.coversYear(year)) {
            errors.add(new FieldError("year", "no rules for " + year + ": this ruleset models " + ruleset.firstYear()
                    + " to " + ruleset.lastYear()));
        }
        if (state == null || !ruleset.states().contains(state)) {
            errors.add(new FieldError("state", state == null ? "required" : "unknown state '" + state + "'"));
        }
        if (size == null || size < 1 || size > 20) {
            errors.add(new FieldError("size", "required, from 1 to 20"));
        }
        if (income == null || income.signum() < 0) {
            errors.add(new FieldError("income", income == null ? "required" : "must not be negative"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }
}
