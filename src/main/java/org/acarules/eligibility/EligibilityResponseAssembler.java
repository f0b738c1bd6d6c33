package org.acarules.eligibility;

import org.acarules.engine.Explanation;
import org.acarules.engine.Reason;
import org.acarules.engine.TraceEntry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.acarules.engine.Evaluation;
import org.acarules.engine.Reason;
import org.acarules.engine.TraceEntry;
import org.acarules.plans.benchmark.Benchmark;
import org.acarules.facts.*;

/** Reads the conclusions the rules left in working memory and shapes the answer; it decides nothing itself. */
final class EligibilityResponseAssembler {
    private static final List<String> CATEGORY_ORDER = List.of("pregnant", "infant", "child", "parent", "adult");

    private EligibilityResponseAssembler() {
    }

    static EligibilityResponse assemble(EligibilityRequest request, Evaluation evaluation, boolean trace) {
        return assemble(request, evaluation, trace, null);
    }

    /** With {@code benchmark} when the benchmark premium came from the plan catalogue rather than the request. */
    static EligibilityResponse assemble(EligibilityRequest request, Evaluation evaluation, boolean trace, Benchmark benchmark) {
        Household household = evaluation.factsOf(Household.class).findFirst().orElseThrow();
        Explanation explanation = Explanation.of(evaluation, trace);
        List<EligibilityResponse.PersonResult> people = new ArrayList<>();
        for (EligibilityRequest.PersonInput input : request.household().people()) {
            people.add(person(input.id(), evaluation, explanation.forPerson(input.id())));
        }
        Optional<PtcIncome> ptcIncome = evaluation.factsOf(PtcIncome.class).findFirst();
        Optional<MedicaidIncome> medicaidIncome = evaluation.factsOf(MedicaidIncome.class)
                .filter(m -> m.householdSize() == household.size()).findFirst();
        EligibilityResponse.HouseholdResult result = new EligibilityResponse.HouseholdResult(household.size(),
                ptcIncome.map(PtcIncome::guideline).orElse(null),
                ptcIncome.map(i -> percent(i.ratio())).orElse(null),
                medicaidIncome.map(MedicaidIncome::guideline).orElse(null),
                medicaidIncome.map(m -> percent(m.ratio())).orElse(null),
                aptc(household, evaluation, benchmark), householdReasons(explanation, benchmark));
        return new EligibilityResponse(request.year(), evaluation.rulesetVersion(), request.parameterOverrides(), result, people,
                trace(explanation, benchmark));
    }

    private static EligibilityResponse.PersonResult person(String id, Evaluation evaluation, List<Reason> reasons) {
        CoverageOutcome outcome = evaluation.factsOf(Outcome.class).filter(o -> o.personId().equals(id))
                .map(Outcome::outcome).findFirst().orElseThrow(() -> new IllegalStateException("no outcome rule fired for a person"));
        Optional<String> category = evaluation.factsOf(MedicaidEligible.class).filter(m -> m.personId().equals(id))
                .map(MedicaidEligible::category).min(Comparator.comparingInt(CATEGORY_ORDER::indexOf));
        String csr = evaluation.factsOf(CsrLevel.class).filter(c -> c.personId().equals(id)).map(CsrLevel::level)
                .findFirst().orElse("none");
        return new EligibilityResponse.PersonResult(id, outcome, category.isPresent(), category.orElse(null),
                has(evaluation, ChipEligible.class, id), has(evaluation, AptcEligible.class, id), csr,
                has(evaluation, CatastrophicEligible.class, id), has(evaluation, CoverageGap.class, id), reasons);
    }

    /** The trace, followed by the benchmark's (rating, SLCSP) when the catalogue supplied it. */
    private static List<TraceEntry> trace(Explanation explanation, Benchmark catalogue) {
        if (explanation.trace() == null || catalogue == null) {
            return explanation.trace();
        }
        List<TraceEntry> trace = new ArrayList<>(explanation.trace());
        catalogue.trace().forEach(t -> trace.add(t.at(trace.size() + 1)));
        return trace;
    }

    /** The household's reasons, with the benchmark rules' (SLCSP, rating) when the catalogue supplied it. */
    private static List<Reason> householdReasons(Explanation explanation, Benchmark catalogue) {
        if (catalogue == null) {
            return explanation.household();
        }
        List<Reason> reasons = new ArrayList<>(explanation.household());
        reasons.addAll(catalogue.reasons());
        return reasons;
    }

    private static EligibilityResponse.Aptc aptc(Household household, Evaluation evaluation, Benchmark catalogue) {
        boolean eligible = evaluation.factsOf(AptcEligible.class).findAny().isPresent();
        BigDecimal applicable = evaluation.factsOf(ApplicablePercentage.class).map(ApplicablePercentage::value)
                .findFirst().orElse(null);
        EligibilityResponse.Amount contribution = evaluation.factsOf(ExpectedContribution.class)
                .map(c -> new EligibilityResponse.Amount(c.monthly(), c.annual())).findFirst().orElse(null);
        EligibilityResponse.Amount amount = evaluation.factsOf(AptcAmount.class)
                .map(a -> new EligibilityResponse.Amount(a.monthly(), a.annual())).findFirst().orElse(null);
        EligibilityResponse.BenchmarkPremium benchmarkPremium = household.benchmarkMonthly() == null ? null
                : catalogue != null ? new EligibilityResponse.BenchmarkPremium(household.benchmarkMonthly(), "catalogue",
                        catalogue.plan().planId, catalogue.ratingArea(), catalogue.illustrative())
                : new EligibilityResponse.BenchmarkPremium(household.benchmarkMonthly(), "request", null, null, null);
        return new EligibilityResponse.Aptc(eligible, applicable, contribution, benchmarkPremium, amount);
    }

    private static boolean has(Evaluation evaluation, Class<? extends PersonFact> type, String id) {
        return evaluation.factsOf(type).anyMatch(f -> f.personId().equals(id));
    }

    /** Income as a percent of the poverty line, with decimals beyond the second dropped. */
    static BigDecimal percent(BigDecimal ratio) {
        return ratio.movePointRight(2).setScale(2, RoundingMode.DOWN);
    }
}
