package org.acarules.plans.benchmark;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.acarules.requests.FieldError;
import org.acarules.requests.InvalidRequestException;
import org.acarules.definitions.RulesetDefinition;
import org.acarules.engine.ActiveRuleset;
import org.acarules.engine.Ruleset;

/**
 * Answers the benchmark requests (/api/v1/plans/benchmark/*, and the CMS-shaped /households/* through
 * MarketplaceService): validate, pick the coverage family, compute from the plan catalogue when one is loaded for the
 * state and year, else estimate from the rating-area figures (slcsp and lcbp).
 */
@ApplicationScoped
public class BenchmarkEndpoint {
    @Inject
    ActiveRuleset active;

    @Inject
    BenchmarkService benchmarks;

    @Inject
    RatingAreaBenchmarks estimates;

    public BenchmarkResponse answer(String kind, BenchmarkRequest request, boolean trace) {
        Ruleset ruleset = active.get();
        validate(request, ruleset.parameters().ruleset());
        List<CoveredMember> members = request.household().people().stream()
                .filter(p -> !Boolean.FALSE.equals(p.aptcEligible()))
                .map(p -> new CoveredMember(p.id(), p.age(), p.relationship())).toList();
        if (members.isEmpty()) {
            throw new InvalidRequestException("household.people", "no one is in the coverage family (every person has aptc_eligible false)");
        }
        String state = request.place().state();
        if (!benchmarks.catalogueCovers(request.year(), state)) { // no catalogue for the state and year: the estimate
            return BenchmarkResponse.of(request.year(), ruleset.version(), estimates.benchmark(ruleset, kind, request.year(),
                    state, request.place().countyfips(), request.place().zipcode(), members, "place.countyfips",
                    "place.zipcode"), trace);
        }
        Benchmark benchmark = benchmarks.benchmark(ruleset, kind, request.year(), state,
                request.place().countyfips(), members, "place.countyfips");
        return BenchmarkResponse.of(request.year(), ruleset.version(), benchmark, trace);
    }

    private static void validate(BenchmarkRequest request, RulesetDefinition ruleset) {
        List<FieldError> errors = new ArrayList<>();
        if (!ruleset.coversYear(request.year())) {
            errors.add(new FieldError("year", "no rules for " + request.year() + ": this ruleset models "
                    + ruleset.firstYear() + " to " + ruleset.lastYear()));
        }
        if (!ruleset.states().contains(request.place().state())) {
            errors.add(new FieldError("place.state", "unknown state '" + request.place().state() + "'"));
        }
        Set<String> ids = new HashSet<>();
        List<BenchmarkRequest.Person> people = request.household().people();
        for (int i = 0; i < people.size(); i++) {
            if (!ids.add(people.get(i).id())) {
                errors.add(new FieldError("household.people[" + i + "].id", "duplicate person id '" + people.get(i).id() + "'"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }
}
