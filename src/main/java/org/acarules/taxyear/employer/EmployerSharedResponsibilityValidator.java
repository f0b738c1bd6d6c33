package org.acarules.taxyear.employer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.acarules.requests.FieldError;
import org.acarules.requests.ModelledScope;
import org.acarules.requests.InvalidRequestException;
import org.acarules.definitions.RulesetDefinition;

/** Checks across fields: the year is modelled, each month given once, counts consistent with each other. */
final class EmployerSharedResponsibilityValidator {
    private EmployerSharedResponsibilityValidator() {
    }

    static void validate(EmployerSharedResponsibilityRequest request, RulesetDefinition ruleset) {
        List<FieldError> errors = new ArrayList<>();
        ModelledScope.checkYear(ruleset, request.year(), "year", errors);
        EmployerSharedResponsibilityRequest.PriorYear prior = request.priorYear();
        oneOf(errors, "prior_year", prior.months(), prior.everyMonth());
        if (prior.months() != null) {
            checkMonthNumbers(errors, "prior_year.months", prior.months().stream()
                    .map(EmployerSharedResponsibilityRequest.PriorMonth::month).toList());
            for (int i = 0; i < prior.months().size(); i++) {
                checkSeasonal(errors, "prior_year.months[" + i + "]", prior.months().get(i));
            }
        }
        if (prior.everyMonth() != null) {
            checkSeasonal(errors, "prior_year.every_month", prior.everyMonth());
            noMonthNumber(errors, "prior_year.every_month.month", prior.everyMonth().month());
        }
        oneOf(errors, "", request.months(), request.everyMonth());
        if (request.months() != null) {
            checkMonthNumbers(errors, "months", request.months().stream()
                    .map(EmployerSharedResponsibilityRequest.Month::month).toList());
            for (int i = 0; i < request.months().size(); i++) {
                checkPtc(errors, "months[" + i + "]", request.months().get(i));
            }
        }
        if (request.everyMonth() != null) {
            checkPtc(errors, "every_month", request.everyMonth());
            noMonthNumber(errors, "every_month.month", request.everyMonth().month());
        }
        List<EmployerSharedResponsibilityRequest.Member> members = request.otherMembers();
        if (members != null) {
            Set<String> ids = new HashSet<>();
            if (request.employerId() != null) {
                ids.add(request.employerId());
            }
            for (int i = 0; i < members.size(); i++) {
                EmployerSharedResponsibilityRequest.Member member = members.get(i);
                String field = "other_members[" + i + "]";
                if (!ids.add(member.id())) {
                    errors.add(new FieldError(field + ".id", "duplicate member id '" + member.id() + "'"));
                }
                if ((member.fullTimeEmployees() == null) == (member.monthlyFullTimeEmployees() == null)) {
                    errors.add(new FieldError(field, "give exactly one of full_time_employees (every month) or "
                            + "monthly_full_time_employees (12 values)"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    private static void oneOf(List<FieldError> errors, String prefix, List<?> months, Object everyMonth) {
        if ((months == null) == (everyMonth == null)) {
            String at = prefix.isEmpty() ? "" : prefix + ".";
            errors.add(new FieldError(prefix.isEmpty() ? "months" : prefix, "give exactly one of " + at + "months (all 12) or "
                    + at + "every_month"));
        }
    }

    /** every_month holds for all twelve months: a month number there would be ignored, so it is refused. */
    private static void noMonthNumber(List<FieldError> errors, String field, Integer month) {
        if (month != null) {
            errors.add(new FieldError(field, "every_month applies to all 12 months; give months instead to vary them"));
        }
    }

    /** Each of the 12 months exactly once: a missing month would otherwise be silently treated as empty. */
    private static void checkMonthNumbers(List<FieldError> errors, String field, List<Integer> numbers) {
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < numbers.size(); i++) {
            Integer month = numbers.get(i);
            if (month == null) {
                errors.add(new FieldError(field + "[" + i + "].month", "is required in a list of months"));
            } else if (month >= 1 && month <= 12 && !seen.add(month)) {
                errors.add(new FieldError(field + "[" + i + "].month", "month " + month + " is listed twice"));
            }
        }
    }

    private static void checkSeasonal(List<FieldError> errors, String field, EmployerSharedResponsibilityRequest.PriorMonth month) {
        if (month.seasonalWorkers() != null && month.fullTimeEmployees() != null && month.partTimeHours() != null) {
            BigDecimal total = BigDecimal.valueOf(month.fullTimeEmployees())
                    .add(month.partTimeHours().divide(BigDecimal.valueOf(120), 10, RoundingMode.HALF_UP));
            if (month.seasonalWorkers().compareTo(total) > 0) {
                errors.add(new FieldError(field + ".seasonal_workers",
                        "cannot exceed the month's full-time employees plus FTEs"));
            }
        }
    }

    private static void checkPtc(List<FieldError> errors, String field, EmployerSharedResponsibilityRequest.Month month) {
        if (month.fullTimeEmployees() == null || month.ptcEmployeesNotOffered() == null
                || month.ptcEmployeesOfferedUnaffordableOrNotMv() == null || month.offerShare() == null) {
            return; // Bean Validation reports the missing field
        }
        if (month.ptcEmployeesNotOffered() + month.ptcEmployeesOfferedUnaffordableOrNotMv() > month.fullTimeEmployees()) {
            errors.add(new FieldError(field + ".ptc_employees_not_offered",
                    "employees receiving a premium tax credit cannot outnumber the full-time employees"));
        }
        BigDecimal fullTime = BigDecimal.valueOf(month.fullTimeEmployees());
        BigDecimal notOffered = fullTime.multiply(BigDecimal.ONE.subtract(month.offerShare()));
        if (BigDecimal.valueOf(month.ptcEmployeesNotOffered()).compareTo(notOffered.setScale(0, RoundingMode.CEILING)) > 0) {
            errors.add(new FieldError(field + ".ptc_employees_not_offered",
                    "exceeds the full-time employees not offered coverage (full_time_employees x (1 - offer_share))"));
        }
        BigDecimal offered = fullTime.multiply(month.offerShare());
        if (BigDecimal.valueOf(month.ptcEmployeesOfferedUnaffordableOrNotMv()).compareTo(offered.setScale(0, RoundingMode.CEILING)) > 0) {
            errors.add(new FieldError(field + ".ptc_employees_offered_unaffordable_or_not_mv",
                    "exceeds the full-time employees offered coverage (full_time_employees x offer_share)"));
        }
    }
}
