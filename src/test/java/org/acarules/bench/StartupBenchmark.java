package org.acarules.bench;

import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acarules.bench.harness.BenchmarkSuite;
import org.acarules.bench.harness.Figure;
import org.acarules.batch.ServiceJar;
import org.acarules.bench.harness.Stats;

/**
 * Start-up to first answer of the packaged service (fresh JVM, fresh H2 file database, the full ruleset compiled from
 * rules/ and benefit-definitions/), and compile + activation of the full ruleset through {@code POST
 * /api/v1/rulesets/reload} on a running service.
 */
public final class StartupBenchmark implements BenchmarkSuite {
    /** The README's example household. */
    static final String README_HOUSEHOLD = """
            {"year": 2026, "place": {"state": "TX", "countyfips": "48201", "zipcode": "77002"},
             "household": {"income": 31500, "filing_status": "single",
               "people": [{"id": "pat", "age": 40, "relationship": "self", "immigration_status": "citizen",
                 "employer_offer": {"self_only_monthly_contribution": 300.00,
                                    "family_monthly_contribution": 640.00, "provides_minimum_value": true}}]},
             "benchmark_premium": {"monthly": 625.00}, "plan_premium": {"monthly": 580.00}}""";
    private static final Pattern COMPILED = Pattern.compile("(?:compiled in|compiled ahead, waited) (\\d+) ms");

    @Override
    public String id() {
        return "startup";
    }

    @Override
    public List<Figure> run(Path projectDir, Path workDir) throws Exception {
        int runs = Integer.getInteger("bench.startup.runs", 5);
        int reloads = Integer.getInteger("bench.startup.reloads", 5);
        double[] firstAnswer = new double[runs];
        double[] startupCompile = new double[runs];
        double[] reloadSeconds = new double[reloads];
        for (int run = 0; run < runs; run++) {
            Path runDir = Files.createDirectories(workDir.resolve("run-" + run));
            try (ServiceJar service = ServiceJar.launch(projectDir.resolve("target/quarkus-app"), runDir,
                    ServiceJar.database(runDir), List.of(), Map.of("ACA_EVALUATION_OPEN", "true"))) {
                firstAnswer[run] = service.awaitFirstAnswer("/api/v1/eligibility", README_HOUSEHOLD,
                        java.time.Duration.ofMinutes(2)).toNanos() / 1e9;
                startupCompile[run] = compileMillis(service.log()) / 1e3;
                if (run == runs - 1) {
                    for (int i = 0; i < reloads; i++) {
                        long start = System.nanoTime();
                        service.post("/api/v1/rulesets/reload", "application/json", HttpRequest.BodyPublishers.noBody(),
                                200); // throws for any other status
                        reloadSeconds[i] = (System.nanoTime() - start) / 1e9;
                    }
                }
            }
        }
        Stats first = Stats.of(firstAnswer);
        Stats compile = Stats.of(startupCompile);
        Stats reload = Stats.of(reloadSeconds);
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("start-up to first answer", first.median(), "s", "< 3 s", first.median() < 3,
                "java -jar, fresh H2 file db, first POST /api/v1/eligibility 200; " + first.range("%.2f")));
        figures.add(new Figure("start-up waiting for the rules", compile.median(), "s", "(part of the above)", true,
                "rules compiled and warmed beside the framework's boot; how long boot then waited for them (service log); " + compile.range("%.2f")));
        figures.add(new Figure("compile + activation (reload)", reload.median(), "s", "< 2 s", reload.median() < 2,
                "POST /api/v1/rulesets/reload, full ruleset, warm service; " + reload.range("%.2f")));
        return figures;
    }

    private static double compileMillis(Path log) throws Exception {
        Matcher matcher = COMPILED.matcher(Files.readString(log));
        if (!matcher.find()) {
            throw new IllegalStateException("no 'compiled in' line in " + log);
        }
        return Double.parseDouble(matcher.group(1));
    }
}
