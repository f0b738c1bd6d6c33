package org.acarules.engine;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * aca_evaluations_total{outcome}: every evaluation by how it ended, one counter per {@link RuleEngine#OUTCOMES}
 * made once, not looked up per call.
 */
public final class EvaluationOutcomes implements Consumer<String> {
    private final Map<String, Counter> counters = new HashMap<>();

    public EvaluationOutcomes(MeterRegistry registry) {
        for (String outcome : RuleEngine.OUTCOMES) {
            counters.put(outcome, Counter.builder("aca.evaluations").description("Rule evaluations by outcome")
                    .tag("outcome", outcome).register(registry));
        }
    }

    @Override
    public void accept(String outcome) {
        counters.get(outcome).increment();
    }

    public double count(String outcome) {
        return counters.get(outcome).count();
    }
}
