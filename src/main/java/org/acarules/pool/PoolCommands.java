package org.acarules.pool;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.acarules.requests.InvalidRequestException;
import org.acarules.applicants.ApplicantInput;
import org.acarules.applicants.CanonicalJson;
import org.acarules.engine.ActiveRuleset;
import org.acarules.engine.Ruleset;
import org.acarules.pool.charts.PoolCharts;
import org.acarules.pool.projection.Projection;
import org.acarules.pool.projection.ProjectionRequest;
import org.acarules.pool.projection.ProjectionService;
import org.acarules.pool.projection.ScenarioResult;
import org.acarules.pool.projection.YearResult;
import org.acarules.pool.statistics.PoolStatisticsService;
import org.acarules.pool.statistics.StatisticsAccumulator;
import org.acarules.pool.statistics.StatisticsCsv;

/**
 * The command-line side of pools: statistics and projections of a JSON Lines household file (the import format,
 * e.g. a generated population) under the configured folders' ruleset, read line by line. Exit codes as the other
 * commands: 0 done, 1 failed, 2 usage.
 */
@ApplicationScoped
public class PoolCommands {
    @Inject
    ActiveRuleset active;

    @Inject
    CanonicalJson json;

    @Inject
    ObjectMapper output;

    @Inject
    PoolStatisticsService statistics;

    @Inject
    ProjectionService projections;

    interface Line {
        void accept(long number, ApplicantInput input);
    }

    private long read(Path file, Integer year, String state, Line line) throws IOException {
        ObjectReader reader = json.mapper().readerFor(ApplicantInput.class);
        long number = 0;
        long used = 0;
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String text = lines.readLine(); text != null; text = lines.readLine()) {
                number++;
                if (text.isBlank()) {
                    continue;
                }
                ApplicantInput input = reader.readValue(text);
                if (year != null && !year.equals(input.request().year())
                        || state != null && !state.equals(input.request().place().state())) {
                    continue;
                }
                used++;
                line.accept(number, input);
            }
        }
        return used;
    }

    public int statistics(List<String> args, PrintStream out, PrintStream err) throws IOException {
        String file = option(args, "--applicants");
        if (file == null || !Files.isRegularFile(Path.of(file))) {
            err.println("usage: pool-statistics --applicants FILE.jsonl [--year Y] [--state S] [--csv] [--out FILE]");
            return 2;
        }
        Integer year = option(args, "--year") == null ? null : Integer.valueOf(option(args, "--year"));
        String state = option(args, "--state");
        Ruleset ruleset = active.get();
        StatisticsAccumulator totals = new StatisticsAccumulator();
        long n = read(Path.of(file), year, state, (number, input) -> statistics.add(totals, number, input.request(), ruleset));
        if (n == 0) {
            err.println("no households in " + file + (year != null || state != null ? " match the filter" : ""));
            return 1;
        }
        var result = totals.result(ruleset.version(), year, state);
        String text = args.contains("--csv") ? StatisticsCsv.write(result)
                : output.writerWithDefaultPrettyPrinter().writeValueAsString(result) + "\n";
        String to = option(args, "--out");
        if (to != null) {
            Files.writeString(Path.of(to), text);
            err.printf("%,d households, %,d persons: %s%n", result.households(), result.persons(), to);
        } else {
            out.print(text);
        }
        return 0;
    }

    public int projection(List<String> args, PrintStream out, PrintStream err) throws IOException {
        String file = option(args, "--applicants");
        String outDir = option(args, "--out");
        if (file == null || outDir == null || !Files.isRegularFile(Path.of(file))) {
            err.println("usage: pool-projection --applicants FILE.jsonl --out DIR [--year Y] [--years N] [--seed S] [--set NAME=VALUE ...]");
            return 2;
        }
        Map<String, JsonNode> overrides = new LinkedHashMap<>();
        for (int i = 0; i < args.size() - 1; i++) {
            if (args.get(i).equals("--set")) {
                String[] kv = args.get(i + 1).split("=", 2);
                overrides.put(kv[0], kv.length < 2 ? null : JsonNodeFactory.instance.textNode(kv[1]));
            }
        }
        Ruleset ruleset = active.get();
        int year = option(args, "--year") == null ? ruleset.parameters().ruleset().defaultYear() : Integer.parseInt(option(args, "--year"));
        try {
            ProjectionService.Settings settings = projections.settings(new ProjectionRequest(null, year, null,
                    option(args, "--years") == null ? null : Integer.valueOf(option(args, "--years")),
                    option(args, "--seed") == null ? null : Long.valueOf(option(args, "--seed")), null, overrides));
            ProjectionService.Builder builder = projections.builder(ruleset, year, settings.parameters());
            read(Path.of(file), year, null, (number, input) -> builder.add(number, input.request()));
            Projection projection = projections.run(builder, ruleset, year, null, settings);
            Path dir = Path.of(outDir);
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("projection.json"), output.writerWithDefaultPrettyPrinter().writeValueAsString(projection));
            for (String name : PoolCharts.NAMES) {
                var chart = PoolCharts.chart(name, projection);
                Files.writeString(dir.resolve(name + ".svg"), PoolCharts.svg(chart));
                Files.write(dir.resolve(name + ".png"), PoolCharts.png(chart));
            }
            err.printf("%,d households (%,d persons, %d not evaluated), %d years from %d, seed %d:%n", projection.households(),
                    projection.persons(), projection.skippedHouseholds(), projection.years(), year, projection.seed());
            for (ScenarioResult s : projection.scenarios()) {
                YearResult first = s.years().get(0);
                YearResult last = s.years().get(s.years().size() - 1);
                err.printf("  %-32s %s; enrolled %,d -> %,d; premium (40, monthly) %s -> %s%n", s.scenario().name(), s.verdict(),
                        first.enrolled(), last.enrolled(), first.premium40Monthly(), last.premium40Monthly());
            }
            err.println("written: " + dir.resolve("projection.json") + " and premium/enrollment/composition .svg and .png");
            return 0;
        } catch (InvalidRequestException e) {
            e.errors().forEach(f -> err.println(f.field() + ": " + f.message()));
            return 1;
        }
    }

    private static String option(List<String> args, String name) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : null;
    }
}
