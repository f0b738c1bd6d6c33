package org.acarules.bench.baseline;

import java.util.ArrayList;
import java.util.List;
import org.acarules.eligibility.EligibilityEvaluator;
import org.acarules.eligibility.EligibilityRequest;
import org.acarules.engine.RuleEngine;
import org.acarules.engine.Ruleset;

/**
 * Checks the plain-Java baseline against the rules on seeded random households: every verdict must be equal (a
 * household both refuse with the same kind of error counts as agreeing). Without agreement the baseline measures
 * something else and the engine-against-floor figures are void.
 */
public final class Agreement {
    private Agreement() {
    }

    public record Result(int households, int agreed, int refusedByBoth, java.util.Map<String, Integer> outcomes,
            List<String> disagreements) {
        public boolean exact() {
            return agreed == households;
        }

        @Override
        public String toString() {
            return agreed + " of " + households + " households agree (" + refusedByBoth + " refused by both; people by outcome "
                    + outcomes + ")"
                    + (disagreements.isEmpty() ? "" : "; first disagreements:\n  " + String.join("\n  ", disagreements));
        }
    }

    public static Result check(Ruleset ruleset, long seed, int households) {
        RuleEngine engine = new RuleEngine(10_000);
        PlainJavaEligibility plain = new PlainJavaEligibility(ruleset.parameters());
        RandomHouseholds generator = new RandomHouseholds(seed);
        int agreed = 0;
        int refused = 0;
        List<String> disagreements = new ArrayList<>();
        java.util.Map<String, Integer> outcomes = new java.util.TreeMap<>();
        for (int i = 0; i < households; i++) {
            EligibilityRequest request = generator.next();
            EligibilityEvaluator.validate(request, ruleset); // the generator makes valid households only
            Object byRules;
            Object byPlain;
            try {
                byRules = Verdict.of(EligibilityEvaluator.evaluate(engine, ruleset, request, false));
            } catch (RuntimeException e) {
                byRules = e.getClass().getSimpleName();
            }
            try {
                byPlain = plain.evaluate(request);
            } catch (RuntimeException e) {
                byPlain = e.getClass().getSimpleName();
            }
            if (byRules instanceof Verdict verdict) {
                verdict.people().forEach(p -> outcomes.merge(p.outcome().name().toLowerCase(java.util.Locale.ROOT)
                        + (p.csr().equals("none") ? "" : "+csr") + (p.catastrophicEligible() ? "+cat" : ""), 1, Integer::sum));
                if (verdict.aptcMonthly() != null) {
                    outcomes.merge("household_with_aptc_amount", 1, Integer::sum);
                }
            }
            if (byRules.equals(byPlain)) {
                agreed++;
                if (byRules instanceof String) {
                    refused++;
                }
            } else if (disagreements.size() < 5) {
                disagreements.add("household " + i + ": " + request + "\n    rules: " + byRules + "\n    plain: " + byPlain);
            }
        }
        return new Result(households, agreed, refused, java.util.Map.copyOf(outcomes), disagreements);
    }
}
