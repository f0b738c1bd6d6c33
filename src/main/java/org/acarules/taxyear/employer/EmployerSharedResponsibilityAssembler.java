package org.acarules.taxyear.employer;

import org.acarules.engine.Explanation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.acarules.definitions.ParameterStore;
import org.acarules.engine.Evaluation;
import org.acarules.facts.taxyear.employer.*;

/** Reads the conclusions the employer rules left in working memory and shapes the answer; it decides nothing. */
final class EmployerSharedResponsibilityAssembler {
    private static final BigDecimal MONTHS = BigDecimal.valueOf(12);

    private EmployerSharedResponsibilityAssembler() {
    }

    static EmployerSharedResponsibilityResponse assemble(EmployerSharedResponsibilityRequest request,
            Evaluation evaluation, ParameterStore params, boolean trace) {
        AleMeasurement measurement = evaluation.factsOf(AleMeasurement.class).findFirst().orElseThrow();
        AleStatus status = evaluation.factsOf(AleStatus.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("no ALE status rule fired"));
        Optional<NoAssessment> none = evaluation.factsOf(NoAssessment.class).findFirst();
        PaymentAmounts amounts = evaluation.factsOf(PaymentAmounts.class).findFirst().orElseThrow();

        List<EmployerSharedResponsibilityResponse.MonthResult> months = new ArrayList<>(12);
        BigDecimal rateA = BigDecimal.ZERO;
        BigDecimal rateB = BigDecimal.ZERO;
        for (EmployerSharedResponsibilityRequest.Month input : EmployerSharedResponsibilityFacts.months(request)) {
            int m = input.month();
            Integer reduction = evaluation.factsOf(ReductionAllocation.class).filter(r -> r.month() == m)
                    .map(ReductionAllocation::allocated).findFirst().orElse(null);
            Boolean offered = evaluation.factsOf(OfferTest.class).filter(o -> o.month() == m)
                    .map(OfferTest::met).findFirst().orElse(null);
            Optional<MonthlyPayment> payment = evaluation.factsOf(MonthlyPayment.class).filter(p -> p.month() == m)
                    .findFirst();
            BigDecimal a = zero();
            BigDecimal b = zero();
            BigDecimal cap = null;
            if (payment.isPresent() && MonthlyPayment.A.equals(payment.get().section())) {
                a = payment.get().monthly();
                rateA = rateA.add(payment.get().annualRate());
            } else if (payment.isPresent()) {
                b = payment.get().monthly();
                cap = payment.get().capRate().divide(MONTHS, 2, RoundingMode.HALF_UP);
                rateB = rateB.add(payment.get().annualRate());
            }
            months.add(new EmployerSharedResponsibilityResponse.MonthResult(m, input.fullTimeEmployees(), reduction,
                    offered, input.ptcEmployeesNotOffered() + input.ptcEmployeesOfferedUnaffordableOrNotMv(),
                    payment.map(MonthlyPayment::section).orElse("none"), a, b, cap,
                    payment.map(MonthlyPayment::capped).orElse(false)));
        }
        // Annual totals divide the summed annual rates by 12 once, so twelve equal months give the exact annual figure.
        BigDecimal totalA = rateA.divide(MONTHS, 2, RoundingMode.HALF_UP);
        BigDecimal totalB = rateB.divide(MONTHS, 2, RoundingMode.HALF_UP);

        Explanation explanation = Explanation.of(evaluation, trace);
        return new EmployerSharedResponsibilityResponse(request.year(), evaluation.rulesetVersion(), request.employerId(),
                new EmployerSharedResponsibilityResponse.ApplicableLargeEmployer(status.applicableLargeEmployer(),
                        measurement.average().setScale(2, RoundingMode.HALF_UP), measurement.wholeNumber(), status.basis()),
                none.isEmpty(), none.map(NoAssessment::reason).orElse(null),
                parameters(params, request.year(), amounts), months,
                new EmployerSharedResponsibilityResponse.Totals(totalA, totalB, totalA.add(totalB)),
                explanation.distinct(), explanation.trace());
    }

    private static EmployerSharedResponsibilityResponse.YearParameters parameters(ParameterStore params, int year,
            PaymentAmounts amounts) {
        LocalDate date = LocalDate.of(year, 1, 1);
        return new EmployerSharedResponsibilityResponse.YearParameters(amounts.sectionA(), amounts.sectionB(),
                amounts.source(), params.number("gov.irs.esrp.offer_threshold", date),
                params.integer("gov.irs.esrp.offer_shortfall_minimum", date),
                params.integer("gov.irs.esrp.full_time_employee_reduction", date),
                params.integer("gov.irs.esrp.ale_threshold", date), params.integer("gov.irs.esrp.fte_hours_divisor", date),
                params.integer("gov.irs.esrp.full_time_hours_per_month", date));
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
