package org.acarules.population;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.acarules.definitions.ParameterLoader;

/**
 * Command line: {@code generate-population --size N --year Y --seed S [--definitions DIR] [--out FILE.jsonl]}
 * (stdout without --out). Run with
 * {@code java -cp "target/quarkus-app/lib/main/*:target/quarkus-app/app/*" org.acarules.population.GeneratePopulation ...}.
 */
public final class GeneratePopulation {
    private GeneratePopulation() {
    }

    public static void main(String[] args) throws Exception {
        int size = 1000;
        int year = 2026;
        long seed = 1;
        Path definitions = Path.of("benefit-definitions");
        Path out = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--size" -> size = Integer.parseInt(args[i + 1]);
                case "--year" -> year = Integer.parseInt(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--definitions" -> definitions = Path.of(args[i + 1]);
                case "--out" -> out = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (expected --size, --year, --seed, --definitions, --out)");
            }
        }
        PopulationGenerator generator = new PopulationGenerator(definitions, new ParameterLoader().load(definitions));
        try (Writer writer = out == null ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            generator.write(size, year, seed, writer);
        }
    }
}
