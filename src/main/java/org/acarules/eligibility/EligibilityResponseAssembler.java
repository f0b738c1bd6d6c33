package org.acarules.eligibility;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.acarules.engine.Evaluation;
import org.acarules.engine.FiredRule;
import org.acarules.facts.*;

/** Reads the conclusions the rules left in working memory and shapes the answer; it decides nothing itself. */
final class EligibilityResponseAssembler {
    private static final List<String> CATEGORY_ORDER = List.of("pregnant", "infant", "child", "parent", "adult");

    private EligibilityResponseAssembler() {
    }

    static EligibilityResponse assemble(EligibilityRequest request, Evaluation evaluation, boolean trace) {
        Household household = evaluation.factsOf(Household.class).findFirst().orElseThrow();
        Map<String, List<Reason>> personReasons = new LinkedHashMap<>();
        List<Reason> householdReasons = new ArrayList<>();
        List<TraceEntry> entries = trace ? new ArrayList<>() : null;
        int order = 0;
        for (FiredRule fired : evaluation.fired()) {
            Reason reason = Reason.of(fired.rule());
            if (fired.personIds().isEmpty()) {
                householdReasons.add(reason);
            }
            for (String id : fired.personIds()) {
                personReasons.computeIfAbsent(id, k -> new ArrayList<>()).add(reason);
            }
            if (entries != null) {
                entries.add(new TraceEntry(++order, fired.rule().id(), fired.rule().citation(), fired.rule().text(),
                        fired.personIds()));
            }
        }
        List<EligibilityResponse.PersonResult> people = new ArrayList<>();
        for (EligibilityRequest.PersonInput input : request.household().people()) {
            people.add(person(input.id(), evaluation, personReasons.getOrDefault(input.id(), List.of())));
        }
        Optional<PtcIncome> ptcIncome = evaluation.factsOf(PtcIncome.class).findFirst();
        Optional<MedicaidIncome> medicaidIncome = evaluation.factsOf(MedicaidIncome.class)
                .filter(m -> m.householdSize() == household.size()).findFirst();
        EligibilityResponse.HouseholdResult result = new EligibilityResponse.HouseholdResult(household.size(),
                ptcIncome.map(PtcIncome::guideline).orElse(null),
                ptcIncome.map(i -> percent(i.ratio())).orElse(null),
                medicaidIncome.map(MedicaidIncome::guideline).orElse(null),
                medicaidIncome.map(m -> percent(m.ratio())).orElse(null),
                aptc(household, evaluation), householdReasons);
        return new EligibilityResponse(request.year(), evaluation.rulesetVersion(), result, people, entries);
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

    private static EligibilityResponse.Aptc aptc(Household household, Evaluation evaluation) {
        boolean eligible = evaluation.factsOf(AptcEligible.class).findAny().isPresent();
        BigDecimal applicable = evaluation.factsOf(ApplicablePercentage.class).map(ApplicablePercentage::value)
                .findFirst().orElse(null);
        EligibilityResponse.Amount contribution = evaluation.factsOf(ExpectedContribution.class)
                .map(c -> new EligibilityResponse.Amount(c.monthly(), c.annual())).findFirst().orElse(null);
        EligibilityResponse.Amount amount = evaluation.factsOf(AptcAmount.class)
                .map(a -> new EligibilityResponse.Amount(a.monthly(), a.annual())).findFirst().orElse(null);
        EligibilityResponse.Amount benchmark = household.benchmarkMonthly() == null ? null
                : new EligibilityResponse.Amount(household.benchmarkMonthly(), null);
        return new EligibilityResponse.Aptc(eligible, applicable, contribution, benchmark, amount);
    }

    private static boolean has(Evaluation evaluation, Class<? extends PersonFact> type, String id) {
        return evaluation.factsOf(type).anyMatch(f -> f.personId().equals(id));
    }

    /** Income as a percent of the poverty line, with decimals beyond the second dropped. */
    static BigDecimal percent(BigDecimal ratio) {
        return ratio.movePointRight(2).setScale(2, RoundingMode.DOWN);
    }
}
