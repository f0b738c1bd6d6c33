package org.acarules.eligibility;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.acarules.engine.ActiveRuleset;
import org.acarules.engine.Evaluation;
import org.acarules.requests.ParameterOverrides;
import org.acarules.engine.Ruleset;
import org.acarules.plans.benchmark.RatingAreaBenchmarks;
import org.acarules.plans.benchmark.BenchmarkService;
import org.acarules.plans.benchmark.CoveredMember;

/**
 * Evaluates a household against the active ruleset: validate, build facts, run the rules, shape the answer.
 * Without a benchmark premium but with a county, the benchmark comes from the plan catalogue when one is loaded for
 * the state and year, else it is estimated from the rating-area figures: the second-lowest-cost silver plan's premium
 * for the people who qualify for the credit and seek coverage (the coverage family, 26 CFR 1.36B-3(b)), and the
 * household is evaluated again with it.
 */
@ApplicationScoped
public class EligibilityService {
    @Inject
    ActiveRuleset active;

    @Inject
    BenchmarkService benchmarks;

    @Inject
    RatingAreaBenchmarks estimates;

    public EligibilityResponse evaluate(EligibilityRequest request, boolean trace) {
        return evaluate(active.get(), request, trace); // one version for the whole evaluation, whatever is activated meanwhile
    }

    /** Checks what Bean Validation cannot: year and state modelled by {@code ruleset}, ids, filer; throws InvalidRequestException. */
    public void validate(EligibilityRequest request, Ruleset ruleset) {
        EligibilityRequestValidator.validate(request, ruleset.parameters());
    }

    /**
     * Evaluates against a given ruleset (a stored version, for replays and re-evaluations), with the request's
     * parameter overrides if any; the request is Bean-Validated already.
     */
    public EligibilityResponse evaluate(Ruleset version, EligibilityRequest request, boolean trace) {
        return evaluate(version, request, trace, List.of());
    }

    /**
     * With facts the caller reports that the request has no field for (the CMS-shaped endpoints' {@code aptc_eligible:
     * false} is an AptcBar): they join the request's facts in every evaluation, the benchmark's second one included.
     */
    EligibilityResponse evaluate(Ruleset version, EligibilityRequest request, boolean trace, List<Object> reportedFacts) {
        Ruleset ruleset = ParameterOverrides.apply(version, request.parameterOverrides());
        validate(request, ruleset);
        Evaluation first = active.engine().evaluate(ruleset, facts(request, reportedFacts));
        EligibilityResponse response = EligibilityResponseAssembler.assemble(request, first, trace);
        String county = request.place().countyfips();
        if (request.benchmarkPremium() != null || county == null) {
            return response;
        }
        List<CoveredMember> coverageFamily = coverageFamily(request, response);
        if (coverageFamily.isEmpty()) {
            return response;
        }
        String state = request.place().state();
        FoundBenchmark benchmark = benchmarks.catalogueCovers(request.year(), state)
                ? FoundBenchmark.of(benchmarks.benchmark(ruleset, BenchmarkService.SLCSP, request.year(), state, county,
                        coverageFamily, "place.countyfips"))
                : FoundBenchmark.of(estimates.benchmark(ruleset, BenchmarkService.SLCSP, request.year(), state, county,
                        request.place().zipcode(), coverageFamily, "place.countyfips", "place.zipcode"));
        EligibilityRequest withBenchmark = request.withBenchmark(benchmark.premium());
        Evaluation second = active.engine().evaluate(ruleset, facts(withBenchmark, reportedFacts));
        return EligibilityResponseAssembler.assemble(withBenchmark, second, trace, benchmark);
    }

    private static List<Object> facts(EligibilityRequest request, List<Object> reportedFacts) {
        if (reportedFacts.isEmpty()) {
            return EligibilityFacts.from(request);
        }
        List<Object> facts = new java.util.ArrayList<>(EligibilityFacts.from(request));
        facts.addAll(reportedFacts);
        return facts;
    }

    private static List<CoveredMember> coverageFamily(EligibilityRequest request, EligibilityResponse response) {
        return request.household().people().stream()
                .filter(p -> !Boolean.FALSE.equals(p.seeksCoverage()))
                .filter(p -> response.people().stream().anyMatch(r -> r.id().equals(p.id()) && r.aptcEligible()))
                .map(p -> new CoveredMember(p.id(), p.age(), p.relationship())).toList();
    }
}
