package org.acarules.plans.enrollment;

import java.util.ArrayList;
import java.util.List;
import org.acarules.requests.FieldError;
import org.acarules.requests.InvalidRequestException;
import org.acarules.definitions.RulesetDefinition;

/**
 * Cross-field checks. The application date must fall in the plan year or the year before (open enrollment
 * starts in the autumn before). An event dated after the application has not happened: refused, except a
 * loss of coverage or an HRA offer, which may be reported up to 60 days ahead (45 CFR 155.420(c)(2)); the rules judge how far.
 */
final class EnrollmentRequestValidator {
    private EnrollmentRequestValidator() {
    }

    static void validate(EnrollmentRequest request, RulesetDefinition ruleset) {
        List<FieldError> errors = new ArrayList<>();
        int year = request.planYear();
        if (!ruleset.coversYear(year)) {
            errors.add(new FieldError("plan_year", "no rules for " + year + ": this ruleset models "
                    + ruleset.firstYear() + " to " + ruleset.lastYear()));
        } else {
            int applied = request.applicationDate().getYear();
            if (applied != year && applied != year - 1) {
                errors.add(new FieldError("application_date", "must fall in plan year " + year + " or the year before"));
            }
        }
        List<EnrollmentRequest.QualifyingLifeEvent> events = request.events();
        for (int i = 0; i < events.size(); i++) {
            EnrollmentRequest.QualifyingLifeEvent event = events.get(i);
            if (event.date().isAfter(request.applicationDate()) && !event.type().mayBeReportedInAdvance()) {
                errors.add(new FieldError("qualifying_life_events[" + i + "].date",
                        "must not be after application_date: only a loss of coverage or an HRA offer may be reported in advance"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }
}
