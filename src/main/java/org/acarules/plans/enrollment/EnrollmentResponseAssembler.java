package org.acarules.plans.enrollment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.acarules.eligibility.Reason;
import org.acarules.eligibility.TraceEntry;
import org.acarules.engine.Evaluation;
import org.acarules.engine.FiredRule;
import org.acarules.facts.plans.enrollment.*;

/**
 * Reads the enrollment conclusions and shapes the answer. Where several bases give a coverage date (two
 * qualifying events), it reports the earliest: the applicant may use whichever period they qualify for.
 */
final class EnrollmentResponseAssembler {
    private EnrollmentResponseAssembler() {
    }

    static EnrollmentResponse assemble(EnrollmentRequest request, Evaluation evaluation, boolean trace) {
        List<Reason> reasons = new ArrayList<>();
        List<TraceEntry> entries = trace ? new ArrayList<>() : null;
        int order = 0;
        for (FiredRule fired : evaluation.fired()) {
            reasons.add(new Reason(fired.rule().id(), fired.rule().citation(), fired.rule().text()));
            if (entries != null) {
                entries.add(new TraceEntry(++order, fired.rule().id(), fired.rule().citation(), fired.rule().text(),
                        fired.personIds()));
            }
        }
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
        if (evaluation.factsOf(SepQualifies.class).anyMatch(q -> q.eventIndex() < 0)) {
            periods.add(new EnrollmentResponse.SpecialEnrollment(null, "indian_monthly", null, null, null, true, null));
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
