package org.acarules.plans.enrollment;

import java.util.ArrayList;
import java.util.List;
import org.acarules.facts.plans.enrollment.Application;
import org.acarules.facts.plans.enrollment.LifeEvent;

/** Turns a validated request into the enrollment facts; health information becomes a flag for the finding, nothing else. */
final class EnrollmentFacts {
    private EnrollmentFacts() {
    }

    static List<Object> from(EnrollmentRequest request) {
        EnrollmentRequest.Applicant applicant = request.applicant();
        List<Object> facts = new ArrayList<>();
        facts.add(new Application(applicant.id(), request.planYear(), request.applicationDate(),
                Boolean.TRUE.equals(applicant.isAian()),
                applicant.healthStatus() != null || applicant.preExistingConditions() != null,
                applicant.householdIncomeFplPercent(), Boolean.TRUE.equals(applicant.aptcEligible()), request.state()));
        List<EnrollmentRequest.QualifyingLifeEvent> events = request.events();
        for (int i = 0; i < events.size(); i++) {
            facts.add(new LifeEvent(i, events.get(i).type(), events.get(i).date(), events.get(i).priorCoverage()));
        }
        return facts;
    }
}
