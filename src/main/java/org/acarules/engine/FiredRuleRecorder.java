package org.acarules.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.acarules.facts.PersonFact;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/** Records each fired rule, in order, with the people it concerned. One recorder per evaluation. */
final class FiredRuleRecorder extends DefaultAgendaEventListener {
    private final Map<Rule, RuleInfo> catalogue;
    private final List<FiredRule> fired = new ArrayList<>();

    FiredRuleRecorder(Map<Rule, RuleInfo> catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        Rule rule = event.getMatch().getRule();
        RuleInfo info = catalogue.get(rule);
        if (info == null) {
            info = RuleInfo.of(rule.getPackageName(), rule.getName(), rule.getMetaData().get("citation"));
        }
        Set<String> people = new LinkedHashSet<>(2);
        List<Object> facts = event.getMatch().getObjects();
        for (Object fact : facts) {
            if (fact instanceof PersonFact personFact) {
                people.add(personFact.personId());
            }
        }
        fired.add(new FiredRule(info, List.copyOf(people), facts));
    }

    List<FiredRule> fired() {
        return fired;
    }
}
