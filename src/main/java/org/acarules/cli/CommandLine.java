package org.acarules.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.QuarkusApplication;
import jakarta.inject.Inject;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.acarules.batch.FileReevaluation;
import org.acarules.batch.FileSummary;
import org.acarules.definitions.DefinitionException;
import org.acarules.engine.ActiveRuleset;
import org.acarules.engine.CompilationResult;
import org.acarules.engine.RuleMessage;
import org.acarules.engine.Ruleset;
import org.acarules.engine.RulesetCompiler;
import org.acarules.scenarios.ScenarioFiles;
import org.acarules.scenarios.ScenarioResult;
import org.acarules.scenarios.ScenarioRunReport;
import org.acarules.scenarios.ScenarioRunner;
import org.eclipse.microprofile.config.ConfigProvider;

/** The analysts' commands; see {@link Main}. */
public class CommandLine implements QuarkusApplication {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    private static final String USAGE_TEXT = """
            usage: java -jar target/quarkus-app/quarkus-run.jar COMMAND
              validate [--rules DIR] [--definitions DIR]   compile rules and load parameters; list every error
              test [--scenarios DIR] [--setup]             run the scenarios against the folders' ruleset, with coverage
              evaluate FILE.json [--endpoint PATH]         answer one request (default /api/v1/eligibility)
              reevaluate --applicants FILE.jsonl --out DIR [--rules DIR] [--definitions DIR]
                         [--compare-rules DIR] [--compare-definitions DIR] [--progress N]
                                                           every household under both rulesets (before = compare,
                                                           default the configured folders); writes summary.json,
                                                           changes.jsonl and changes.csv to --out
              pool-statistics --applicants FILE.jsonl [--year Y] [--state S] [--csv] [--out FILE]
                                                           pool statistics of a household file (JSON, or CSV)
              pool-projection --applicants FILE.jsonl --out DIR [--year Y] [--years N] [--seed S]
                         [--set NAME=VALUE ...]            the risk-pool projection of the four default scenarios;
                                                           writes projection.json and the charts (SVG, PNG) to --out
            without a command the service starts""";

    @Inject
    ActiveRuleset active;

    @Inject
    ScenarioRunner scenarios;

    @Inject
    FileReevaluation reevaluation;

    @Inject
    org.acarules.pool.PoolCommands pools;

    private final PrintStream out = System.out;
    private final PrintStream err = System.err;

    @Override
    public int run(String... args) throws Exception {
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        return switch (args[0]) {
            case "validate" -> validate(rest, active.rulesDir(), active.definitionsDir(), out, err);
            case "test" -> test(rest);
            case "evaluate" -> evaluate(rest);
            case "reevaluate" -> reevaluate(rest);
            case "pool-statistics" -> pools.statistics(rest, out, err);
            case "pool-projection" -> pools.projection(rest, out, err);
            default -> {
                out.println(USAGE_TEXT);
                yield OK;
            }
        };
    }

    /** Compiles the rules and loads the parameters, listing every error; needs neither the service nor a database. */
    static int validate(List<String> args, Path rulesDir, Path definitionsDir, PrintStream out, PrintStream err) {
        Path rules = Path.of(option(args, "--rules", rulesDir.toString()));
        Path definitions = Path.of(option(args, "--definitions", definitionsDir.toString()));
        CompilationResult result = new RulesetCompiler(CommandLine.class.getClassLoader()).build(rules, definitions);
        for (RuleMessage warning : result.warnings()) {
            out.println(warning);
        }
        for (RuleMessage error : result.errors()) {
            err.println(error);
        }
        for (DefinitionException error : result.parameterErrors()) {
            err.println("ERROR " + error.getMessage());
        }
        if (!result.compiles()) {
            err.printf("ruleset %s does not compile: %d rule errors, %d parameter errors%n", result.version(),
                    result.errors().size(), result.parameterErrors().size());
            return FAILED;
        }
        out.printf("ruleset %s compiles: %d rules, %d parameters%n", result.version(), result.ruleset().rules().size(),
                result.ruleset().parameters().all().size());
        return OK;
    }

    private int test(List<String> args) {
        Path dir = Path.of(option(args, "--scenarios", "tests"));
        ScenarioRunReport report = scenarios.run(active.active(), ScenarioFiles.load(dir), args.contains("--setup"), null);
        for (ScenarioResult c : report.cases()) {
            if (!ScenarioResult.PASSED.equals(c.status())) {
                (ScenarioResult.FAILED.equals(c.status()) ? err : out).printf("%s %s (%s)%n  %s%n", c.status().toUpperCase(),
                        c.id(), c.file(), String.join("\n  ", c.differences()));
            }
        }
        out.printf("coverage: %d of %d rules fired; never fired: %s%n",
                report.ruleFirings().size() - report.neverFired().size(), report.ruleFirings().size(), report.neverFired());
        out.printf("%d passed, %d failed, %d skipped%n", report.passed(), report.failed(), report.skipped());
        return report.allPassed() ? OK : FAILED;
    }

    private int evaluate(List<String> args) throws Exception {
        if (args.isEmpty() || args.get(0).startsWith("--")) {
            err.println(USAGE_TEXT);
            return USAGE;
        }
        Path file = Path.of(args.get(0));
        if (!Files.isRegularFile(file)) {
            err.println("no such file: " + file);
            return USAGE;
        }
        String endpoint = option(args, "--endpoint", "/api/v1/eligibility");
        int port = ConfigProvider.getConfig().getValue("quarkus.http.port", Integer.class);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + endpoint)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
        ObjectMapper json = new ObjectMapper();
        out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(json.readTree(response.body())));
        return response.statusCode() / 100 == 2 ? OK : FAILED;
    }

    private int reevaluate(List<String> args) throws Exception {
        String applicants = option(args, "--applicants", null);
        String outDir = option(args, "--out", null);
        if (applicants == null || outDir == null) {
            err.println(USAGE_TEXT);
            return USAGE;
        }
        if (!Files.isRegularFile(Path.of(applicants))) {
            err.println("no such file: " + applicants);
            return USAGE;
        }
        String rules = option(args, "--rules", active.rulesDir().toString());
        String definitions = option(args, "--definitions", active.definitionsDir().toString());
        String compareRules = option(args, "--compare-rules", active.rulesDir().toString());
        String compareDefinitions = option(args, "--compare-definitions", active.definitionsDir().toString());
        long every = Long.parseLong(option(args, "--progress", "1000"));
        Ruleset after = compile(rules, definitions);
        Ruleset before = compile(compareRules, compareDefinitions);
        if (after == null || before == null) {
            return FAILED;
        }
        boolean terminal = System.console() != null; // progress lines only for a person watching, not in a log
        long started = System.nanoTime();
        FileSummary summary = reevaluation.run(Path.of(applicants), before,
                new FileSummary.Side(compareRules, compareDefinitions, before.version()), after,
                new FileSummary.Side(rules, definitions, after.version()), Path.of(outDir), err,
                (done, changed) -> {
                    if (terminal && done % every == 0) {
                        err.printf("%,d households, %,d changed, %.0f/s%n", done, changed,
                                done / ((System.nanoTime() - started) / 1e9));
                    }
                });
        double seconds = (System.nanoTime() - started) / 1e9;
        err.printf("reevaluated %,d households (%,d persons) in %.1f s: %,d changed, %,d errors, %,d lines rejected;"
                + " APTC %s -> %s a year (%s); %s%n", summary.households(), summary.persons(), seconds,
                summary.changedHouseholds(), summary.errors(), summary.rejectedLines(), summary.aptcBefore().toPlainString(),
                summary.aptcAfter().toPlainString(), summary.aptcChange().toPlainString(), Path.of(outDir).resolve("summary.json"));
        return summary.rejectedLines() == 0 ? OK : FAILED;
    }

    /** The ruleset of two folders, or null after listing its errors. */
    private Ruleset compile(String rules, String definitions) {
        CompilationResult result = new RulesetCompiler(CommandLine.class.getClassLoader()).build(Path.of(rules), Path.of(definitions));
        if (!result.compiles()) {
            result.errors().forEach(err::println);
            result.parameterErrors().forEach(e -> err.println("ERROR " + e.getMessage()));
            err.printf("ruleset of %s and %s does not compile%n", rules, definitions);
            return null;
        }
        return result.ruleset();
    }

    private static String option(List<String> args, String name, String fallback) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : fallback;
    }
}
