package org.acarules.taxyear.mandate;

import org.acarules.engine.Explanation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.acarules.engine.Evaluation;
import org.acarules.facts.taxyear.mandate.AnnualPayment;
import org.acarules.facts.taxyear.mandate.ExemptMonth;
import org.acarules.facts.taxyear.mandate.ExemptionType;
import org.acarules.facts.taxyear.mandate.MandateTerms;
import org.acarules.facts.taxyear.mandate.MonthlyPenalty;
import org.acarules.facts.taxyear.mandate.PersonMonth;

/** Reads the conclusions the mandate rules left in working memory and shapes the answer; it decides nothing. */
final class SharedResponsibilityPaymentAssembler {
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private SharedResponsibilityPaymentAssembler() {
    }

    static SharedResponsibilityPaymentResponse assemble(SharedResponsibilityPaymentRequest request, Evaluation evaluation, boolean trace) {
        Optional<AnnualPayment> annual = evaluation.factsOf(AnnualPayment.class).findFirst();
        boolean bronze = annual.map(AnnualPayment::bronzeCapApplies).orElse(false);
        Map<Integer, MonthlyPenalty> penalties = evaluation.factsOf(MonthlyPenalty.class)
                .collect(Collectors.toMap(MonthlyPenalty::month, p -> p, (a, b) -> a, TreeMap::new));
        // One exemption shown per person and month, the most specific first (enum order: claims before the short gap).
        Map<String, Map<Integer, ExemptionType>> exempt = new TreeMap<>();
        evaluation.factsOf(ExemptMonth.class).sorted(Comparator.comparing(ExemptMonth::type)).forEach(e ->
                exempt.computeIfAbsent(e.personId(), k -> new TreeMap<>()).putIfAbsent(e.month(), e.type()));
        List<SharedResponsibilityPaymentResponse.Month> months = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            final int m = month;
            List<String> uncovered = evaluation.factsOf(PersonMonth.class).filter(p -> p.month() == m && !p.covered())
                    .map(PersonMonth::personId).filter(id -> !exempt.getOrDefault(id, Map.of()).containsKey(m)).sorted().toList();
            List<String> exemptIds = exempt.entrySet().stream().filter(e -> e.getValue().containsKey(m)).map(Map.Entry::getKey).toList();
            MonthlyPenalty penalty = penalties.get(month);
            if (penalty == null || annual.isEmpty()) {
                months.add(new SharedResponsibilityPaymentResponse.Month(month, ZERO, "none", uncovered, exemptIds));
            } else if (bronze) {
                months.add(new SharedResponsibilityPaymentResponse.Month(month, cents(penalty.bronzePremium()), "bronze_cap",
                        penalty.liablePersonIds(), exemptIds));
            } else {
                months.add(new SharedResponsibilityPaymentResponse.Month(month, cents(penalty.penaltyAmount()),
                        penalty.flatGoverns() ? "flat_amount" : "percentage_of_income", penalty.liablePersonIds(), exemptIds));
            }
        }
        List<SharedResponsibilityPaymentResponse.PersonExemptions> exemptMonths = new ArrayList<>();
        for (SharedResponsibilityPaymentRequest.PersonInput p : request.people()) {
            Map<Integer, ExemptionType> byMonth = exempt.get(p.id());
            if (byMonth != null) {
                exemptMonths.add(new SharedResponsibilityPaymentResponse.PersonExemptions(p.id(), byMonth.entrySet().stream()
                        .map(e -> new SharedResponsibilityPaymentResponse.ExemptMonthResult(e.getKey(), e.getValue().code(),
                                e.getValue().citation())).toList()));
            }
        }
        Explanation explanation = Explanation.of(evaluation, trace);
        String jurisdiction = evaluation.factsOf(MandateTerms.class).map(MandateTerms::jurisdiction).findFirst().orElse(null);
        return new SharedResponsibilityPaymentResponse(request.year(), evaluation.rulesetVersion(), request.place().state(),
                jurisdiction, annual.map(AnnualPayment::amount).orElse(ZERO), months, exemptMonths, explanation.distinct(),
                explanation.trace());
    }

    /** A month's share shown to the cent; the annual payment is rounded once from the unrounded months. */
    private static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
