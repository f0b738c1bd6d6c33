package org.acarules.plans.enrollment;

import org.acarules.engine.Explanation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.acarules.engine.Reason;
import org.acarules.engine.TraceEntry;
import org.acarules.engine.Evaluation;
import org.acarules.facts.plans.enrollment.*;

/**
 * Reads the enrollment conclusions and shapes the answer. Where several bases give a coverage date (two
 * qualifying events), it reports the earliest: the applicant may use whichever period they qualify for.
 */
final class EnrollmentResponseAssembler {
    private EnrollmentResponseAssembler() {
    }

    static EnrollmentResponse assemble(EnrollmentRequest request, Evaluation evaluation, boolean trace) {
        Explanation explanation = Explanation.of(evaluation, trace);
        List<Reason> reasons = explanation.distinct();
        List<TraceEntry> entries = explanation.trace();
        OpenEnrollmentWindow window = evaluation.factsOf(OpenEnrollmentWindow.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("no open enrollment rule fired"));
        boolean inside = evaluation.factsOf(InOpenEnrollment.class).findAny().isPresent();
        List<EnrollmentResponse.SpecialEnrollment> periods = new ArrayList<>();
        evaluation.factsOf(SepWindow.class).sorted(Comparator.comparingInt(SepWindow::eventIndex)).forEach(w -> {
            boolean qualifies = evaluation.factsOf(SepQualifies.class).anyMatch(q -> q.eventIndex() == w.eventIndex());
            String missed = evaluation.factsOf(SepMissed.class).filter(m -> m.eventIndex() == w.eventIndex())
                    .map(SepMissed::why).findFirst().orElse(null);
            periods.add(new EnrollmentResponse.SpecialEnrollment(w.eventIndex(), w.type().code(), w.eventDate(),
                    w.opens(), w.deadline(), qualifies, missed));
        });
        if (evaluation.factsOf(SepQualifies.class).anyMatch(q -> q.eventIndex() == SepQualifies.INDIAN_MONTHLY)) {
            periods.add(new EnrollmentResponse.SpecialEnrollment(null, "indian_monthly", null, null, null, true, null));
        }
        if (evaluation.factsOf(SepQualifies.class).anyMatch(q -> q.eventIndex() == SepQualifies.LOW_INCOME_MONTHLY)) {
            periods.add(new EnrollmentResponse.SpecialEnrollment(null, "low_income_monthly", null, null, null, true, null));
        }
        MayEnroll decision = evaluation.factsOf(MayEnroll.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("no enrollment decision rule fired"));
        Optional<CoverageStart> start = evaluation.factsOf(CoverageStart.class).min(Comparator.comparing(CoverageStart::date));
        return new EnrollmentResponse(request.planYear(), request.applicant().id(), request.applicationDate(),
                evaluation.rulesetVersion(),
                new EnrollmentResponse.OpenEnrollment(window.start(), window.end(), window.januaryFirstDeadline(), inside),
                periods, decision.allowed(), decision.basis(), start.map(CoverageStart::date).orElse(null),
                start.map(CoverageStart::basis).orElse(null), reasons, entries);
    }
}
