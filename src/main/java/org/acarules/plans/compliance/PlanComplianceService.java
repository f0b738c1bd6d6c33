package org.acarules.plans.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.stream.Collectors;
import org.acarules.definitions.EhbCatalogue;
import org.acarules.engine.ActiveRuleset;
import org.acarules.engine.Evaluation;
import org.acarules.engine.RuleInfo;
import org.acarules.engine.Ruleset;

/** Checks one plan against the active ruleset: validate, build facts, run the rules, shape the answer. */
@ApplicationScoped
public class PlanComplianceService {
    @Inject
    ActiveRuleset active;

    @Inject
    EhbCatalogueHolder ehb;

    public PlanComplianceResponse evaluate(PlanComplianceRequest request, boolean trace) {
        Ruleset ruleset = active.get(); // one version for the whole evaluation
        EhbCatalogue catalogue = ehb.get();
        PlanComplianceValidator.validate(request, ruleset.parameters().ruleset(), catalogue);
        Evaluation evaluation = active.engine().evaluate(ruleset, PlanComplianceFacts.from(request, catalogue));
        Map<String, RuleInfo> byName = ruleset.rules().stream()
                .collect(Collectors.toMap(RuleInfo::name, r -> r, (a, b) -> a));
        return PlanComplianceAssembler.assemble(request, evaluation, byName, trace);
    }
}
