package org.acarules.eligibility;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import org.acarules.plans.benchmark.BenchmarkEndpoint;
import org.acarules.plans.benchmark.BenchmarkRequest;

/** The HealthCare.gov Marketplace API calls, answered by the same rules as /api/v1/eligibility. */
@ApplicationScoped
public class MarketplaceService {
    @Inject
    ActiveRuleset active;

    @Inject
    EligibilityService eligibility;

    @Inject
    BenchmarkEndpoint benchmarks;

    /** CMS: the year defaults to the current one when neither the body nor {@code ?year=} gives it. */
    private static int currentYear() {
        return LocalDate.now(ZoneOffset.UTC).getYear();
    }

    /** POST /households/eligibility/estimates with a CMS body: the project's rules, CMS's defaults, fields and answer. */
    public MarketplaceEstimates estimates(MarketplaceRequest request, Integer queryYear) {
        MarketplaceHousehold household = MarketplaceHousehold.read(request, queryYear, currentYear());
        MarketplaceEligibility translated = MarketplaceEligibility.of(request, household);
        EligibilityResponse response = eligibility.evaluate(active.get(), translated.request(), false,
                translated.reportedFacts());
        List<FieldError> errors = new ArrayList<>();
        String csrOverride = MarketplaceVocabulary.csrOverride(request.csrOverride(), "csr_override", errors).orElse(null);
        return MarketplaceEstimates.of(response, household, request.aptcOverride(), csrOverride);
    }

    /**
     * POST /households/slcsp or /lcbp with a CMS body: the benchmark plan for the coverage family (everyone but
     * those with {@code aptc_eligible: false} or {@code has_mec: true}), as CMS's plan object.
     */
    public MarketplacePlan benchmarkPlan(String kind, MarketplaceRequest request, Integer queryYear) {
        MarketplaceHousehold household = MarketplaceHousehold.read(request, queryYear, currentYear());
        String county = request.place().countyfips();
        if (county == null || !county.matches("\\d{5}")) {
            throw new InvalidRequestException("place.countyfips", "required: a five-digit county FIPS code");
        }
        List<BenchmarkRequest.Person> people = household.members().stream()
                .map(m -> new BenchmarkRequest.Person(m.id(), m.age(), m.relationship(), m.input().usesTobacco(),
                        m.inCoverageFamily()))
                .toList();
        BenchmarkRequest benchmark = new BenchmarkRequest(household.year(),
                new BenchmarkRequest.Place(request.place().state(), county, request.place().zipcode()),
                new BenchmarkRequest.Household(people));
        return MarketplacePlan.of(benchmarks.answer(kind, benchmark, false));
    }

    /** Runs only the household through the rules: the poverty-level rule (FPL-001) is the one that applies. */
    public PovertyLevel povertyLevel(Integer year, String state, Integer size, BigDecimal income) {
        Ruleset ruleset = active.get();
        validate(year, state, size, income, ruleset.parameters().ruleset());
        Household household = new Household(year, LocalDate.of(year, 1, 1), state, income,
                FilingStatus.SINGLE, size, null, null);
        Evaluation evaluation = active.engine().evaluate(ruleset, List.of(household));
        PtcIncome ptc = evaluation.factsOf(PtcIncome.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("the poverty-level rule did not fire"));
        return new PovertyLevel(EligibilityResponseAssembler.percent(ptc.ratio()), year, state, size, income,
                ptc.guidelineYear(), ptc.guideline(), ruleset.version());
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
