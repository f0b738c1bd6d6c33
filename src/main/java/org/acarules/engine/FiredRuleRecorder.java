package org.acarules.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.acarules.facts.PersonFact;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/**
 * Records each fired rule, in order, with the people it concerned and the facts it matched (references: their values
 * are read only when a trace is written). One recorder per evaluation; the catalogue is looked up by identity.
 */
final class FiredRuleRecorder extends DefaultAgendaEventListener {
    private final Map<Rule, RuleInfo> catalogue;
    private final List<FiredRule> fired = new ArrayList<>(32);
    private Rule firing; // read on the evaluating thread, after fireAllRules

    FiredRuleRecorder(Map<Rule, RuleInfo> catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        firing = event.getMatch().getRule(); // looked up only if the evaluation is stopped
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        Rule rule = event.getMatch().getRule();
        RuleInfo info = catalogue.get(rule);
        if (info == null) {
            info = RuleInfo.of(rule.getPackageName(), rule.getName(), rule.getMetaData().get("citation"));
        }
        List<Object> facts = event.getMatch().getObjects();
        fired.add(new FiredRule(info, people(facts), facts));
    }

    /** The distinct ids of the people whose facts were matched, in order; most rules match one person. */
    private static List<String> people(List<Object> facts) {
        String first = null;
        List<String> more = null;
        for (Object fact : facts) {
            if (fact instanceof PersonFact personFact) {
                String id = personFact.personId();
                if (first == null) {
                    first = id;
                } else if (!first.equals(id) && (more == null || !more.contains(id))) {
                    if (more == null) {
                        more = new ArrayList<>(2);
                        more.add(first);
                    }
                    more.add(id);
                }
            }
        }
        return more != null ? List.copyOf(more) : first != null ? List.of(first) : List.of();
    }

    /** The rule firing, or fired last: the one running when an evaluation was halted; null before any fired. */
    RuleInfo running() {
        Rule rule = firing;
        if (rule == null) {
            return null;
        }
        RuleInfo info = catalogue.get(rule);
        return info != null ? info : RuleInfo.of(rule.getPackageName(), rule.getName(), rule.getMetaData().get("citation"));
    }

    List<FiredRule> fired() {
        return fired;
    }
}
