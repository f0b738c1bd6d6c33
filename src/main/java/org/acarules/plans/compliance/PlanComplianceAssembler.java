package org.acarules.plans.compliance;

import org.acarules.engine.Explanation;
import org.acarules.engine.Reason;
import org.acarules.engine.TraceEntry;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.acarules.engine.Evaluation;
import org.acarules.engine.RuleInfo;
import org.acarules.facts.plans.*;

/** Reads the conclusions the plan compliance rules left in working memory and shapes the answer; it decides nothing. */
final class PlanComplianceAssembler {
    private PlanComplianceAssembler() {
    }

    static PlanComplianceResponse assemble(PlanComplianceRequest request, Evaluation evaluation,
            Map<String, RuleInfo> rulesByName, boolean trace) {
        Function<String, RuleInfo> info = name -> {
            RuleInfo rule = rulesByName.get(name);
            if (rule == null) {
                throw new IllegalStateException("a fact names a rule not in the catalogue: " + name);
            }
            return rule;
        };
        ComplianceStatus status = evaluation.factsOf(StatusDecision.class).map(StatusDecision::status).findFirst()
                .orElseThrow(() -> new IllegalStateException("no status rule fired"));
        boolean canRenew = evaluation.factsOf(Renewal.class).map(Renewal::canRenew).findFirst()
                .orElseThrow(() -> new IllegalStateException("no renewal rule fired"));

        List<PlanComplianceResponse.ViolationEntry> violations = evaluation.factsOf(Violation.class)
                .map(v -> new PlanComplianceResponse.ViolationEntry(v.requirement(), info.apply(v.rule()).id(),
                        info.apply(v.rule()).citation(), v.detail()))
                .sorted(Comparator.comparing(PlanComplianceResponse.ViolationEntry::rule)
                        .thenComparing(PlanComplianceResponse.ViolationEntry::detail))
                .toList();

        PlanComplianceResponse.Grandfathering grandfathering = null;
        if (request.plan().grandfathered() != null) {
            List<PlanComplianceResponse.LostBy> lost = evaluation.factsOf(GrandfatherLost.class)
                    .sorted(Comparator.comparingInt(GrandfatherLost::changeIndex))
                    .map(l -> new PlanComplianceResponse.LostBy(l.changeIndex(), l.type().id(), info.apply(l.rule()).id(),
                            info.apply(l.rule()).citation(), l.detail()))
                    .toList();
            boolean retained = evaluation.factsOf(Grandfathered.class).findAny().isPresent();
            grandfathering = new PlanComplianceResponse.Grandfathering(retained, lost);
        }

        Set<Requirement> exempt = evaluation.factsOf(Exempt.class).map(Exempt::requirement)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Requirement.class)));
        List<Requirement> binding = EnumSet.complementOf(toEnumSet(exempt)).stream().toList();

        PlanComplianceResponse.AvRangeEntry avRange = evaluation.factsOf(AvRange.class).findFirst()
                .map(r -> new PlanComplianceResponse.AvRangeEntry(r.level().id(), r.target(), r.min(), r.max())).orElse(null);
        PlanComplianceResponse.OopLimitEntry oop = evaluation.factsOf(OopLimit.class).findFirst()
                .map(l -> new PlanComplianceResponse.OopLimitEntry(l.selfOnly(), l.family())).orElse(null);

        // Findings in the order the rules fired (each rule's findings together), then by text for a stable answer.
        List<String> order = evaluation.fired().stream().map(f -> f.rule().name()).distinct().toList();
        List<PlanComplianceResponse.Statement> findings = evaluation.factsOf(Finding.class)
                .sorted(Comparator.comparingInt((Finding f) -> order.indexOf(f.rule())).thenComparing(Finding::text))
                .map(f -> new PlanComplianceResponse.Statement(info.apply(f.rule()).id(), info.apply(f.rule()).citation(), f.text()))
                .toList();
        Explanation explanation = Explanation.of(evaluation, trace);
        List<Reason> reasons = explanation.distinct();
        List<TraceEntry> entries = explanation.trace();
        return new PlanComplianceResponse(request.planYear(), evaluation.rulesetVersion(), request.plan().id(), status,
                canRenew, violations, grandfathering, List.copyOf(exempt), binding, avRange, oop, findings, reasons, entries);
    }

    private static EnumSet<Requirement> toEnumSet(Set<Requirement> set) {
        return set.isEmpty() ? EnumSet.noneOf(Requirement.class) : EnumSet.copyOf(set);
    }
}
