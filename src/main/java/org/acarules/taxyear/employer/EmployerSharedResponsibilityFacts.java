package org.acarules.taxyear.employer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.acarules.facts.taxyear.employer.EsrpMonth;
import org.acarules.facts.taxyear.employer.EsrpYear;
import org.acarules.facts.taxyear.employer.PriorYearMonth;
import org.acarules.facts.taxyear.employer.PriorYearWorkforce;

/** Turns a validated request into the facts the employer rules reason over; it decides nothing. */
final class EmployerSharedResponsibilityFacts {
    private EmployerSharedResponsibilityFacts() {
    }

    static List<Object> from(EmployerSharedResponsibilityRequest request) {
        List<Object> facts = new ArrayList<>();
        EmployerSharedResponsibilityRequest.ApplicablePaymentAmounts amounts = request.applicablePaymentAmounts();
        facts.add(new EsrpYear(request.year(), amounts == null ? null : amounts.section4980hA(),
                amounts == null ? null : amounts.section4980hB()));
        facts.add(new PriorYearWorkforce(priorMonths(request.priorYear())));
        for (EmployerSharedResponsibilityRequest.Month month : months(request)) {
            int group = month.fullTimeEmployees() + otherMembersFullTime(request, month.month());
            facts.add(new EsrpMonth(month.month(), month.fullTimeEmployees(), month.offerShare(),
                    month.ptcEmployeesNotOffered(), month.ptcEmployeesOfferedUnaffordableOrNotMv(), group));
        }
        return facts;
    }

    /** The 12 months in calendar order, expanding every_month. */
    static List<EmployerSharedResponsibilityRequest.Month> months(EmployerSharedResponsibilityRequest request) {
        if (request.months() != null) {
            return request.months().stream()
                    .sorted(Comparator.comparing(EmployerSharedResponsibilityRequest.Month::month)).toList();
        }
        EmployerSharedResponsibilityRequest.Month every = request.everyMonth();
        List<EmployerSharedResponsibilityRequest.Month> months = new ArrayList<>(12);
        for (int m = 1; m <= 12; m++) {
            months.add(new EmployerSharedResponsibilityRequest.Month(m, every.fullTimeEmployees(), every.offerShare(),
                    every.ptcEmployeesNotOffered(), every.ptcEmployeesOfferedUnaffordableOrNotMv()));
        }
        return months;
    }

    private static List<PriorYearMonth> priorMonths(EmployerSharedResponsibilityRequest.PriorYear prior) {
        List<PriorYearMonth> months = new ArrayList<>(12);
        if (prior.months() != null) {
            for (EmployerSharedResponsibilityRequest.PriorMonth m : prior.months()) {
                months.add(prior(m.month(), m));
            }
        } else {
            for (int m = 1; m <= 12; m++) {
                months.add(prior(m, prior.everyMonth()));
            }
        }
        return List.copyOf(months);
    }

    private static PriorYearMonth prior(int month, EmployerSharedResponsibilityRequest.PriorMonth m) {
        return new PriorYearMonth(month, m.fullTimeEmployees(), m.partTimeHours(),
                m.seasonalWorkers() == null ? BigDecimal.ZERO : m.seasonalWorkers());
    }

    private static int otherMembersFullTime(EmployerSharedResponsibilityRequest request, int month) {
        if (request.otherMembers() == null) {
            return 0;
        }
        int sum = 0;
        for (EmployerSharedResponsibilityRequest.Member member : request.otherMembers()) {
            sum += member.fullTimeEmployees() != null ? member.fullTimeEmployees()
                    : member.monthlyFullTimeEmployees().get(month - 1);
        }
        return sum;
    }
}
