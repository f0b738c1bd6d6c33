package org.acarules.population;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** The cited distributions under benefit-definitions/population/, as weighted choices in file order. */
final class Distributions {
    final Choice states;
    final JsonNode households;

    private Distributions(Choice states, JsonNode households) {
        this.states = states;
        this.households = households;
    }

    static Distributions load(Path definitionsDir) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try {
            JsonNode states = yaml.readTree(definitionsDir.resolve("population/states.yaml").toFile());
            JsonNode households = yaml.readTree(definitionsDir.resolve("population/households.yaml").toFile());
            return new Distributions(Choice.of(states.get("weights")), households);
        } catch (IOException e) {
            throw new UncheckedIOException("benefit-definitions/population/ is not readable", e);
        }
    }

    Choice choice(String block) {
        return Choice.of(households.get(block).get("weights"));
    }

    double value(String block) {
        return households.get(block).get("value").asDouble();
    }

    /** Keys with weights; a key "a-b" is drawn as a whole number from a to b. */
    static final class Choice {
        private final List<String> keys = new ArrayList<>();
        private final double[] cumulative;

        private Choice(Map<String, Double> weights) {
            cumulative = new double[weights.size()];
            double total = 0;
            int i = 0;
            for (Map.Entry<String, Double> e : weights.entrySet()) {
                keys.add(e.getKey());
                total += e.getValue();
                cumulative[i++] = total;
            }
            for (int j = 0; j < cumulative.length; j++) {
                cumulative[j] /= total;
            }
        }

        static Choice of(JsonNode weights) {
            Map<String, Double> map = new java.util.LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = weights.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                map.put(e.getKey(), e.getValue().asDouble());
            }
            return new Choice(map);
        }

        String pick(SplittableRandom random) {
            double u = random.nextDouble();
            for (int i = 0; i < cumulative.length; i++) {
                if (u < cumulative[i]) {
                    return keys.get(i);
                }
            }
            return keys.get(keys.size() - 1);
        }

        /** A number from the picked range "a-b" (whole numbers), or the key itself when it is a number. */
        double pickNumber(SplittableRandom random) {
            return range(pick(random), random);
        }

        static double range(String key, SplittableRandom random) {
            int dash = key.indexOf('-');
            if (dash < 0) {
                return Double.parseDouble(key);
            }
            int from = Integer.parseInt(key.substring(0, dash));
            int to = Integer.parseInt(key.substring(dash + 1));
            return from + random.nextInt(to - from + 1);
        }
    }
}
