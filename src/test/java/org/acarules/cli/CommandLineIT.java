package org.acarules.cli;

import org.acarules.TestFolders;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.acarules.RaisedCeiling;
import org.acarules.cli.JarCommand.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analysts' commands, run on the packaged jar as an analyst or a CI job runs them: exit codes and output. */
class CommandLineIT {
    @TempDir
    Path data;

    private Run run(String... args) throws IOException, InterruptedException {
        return JarCommand.run(data, Duration.ofSeconds(120), args);
    }

    @Test
    void validateReportsTheRulesetAndExitsZero() throws Exception {
        Run run = run("validate");
        assertEquals(0, run.exit(), run.out());
        assertTrue(run.out().contains("compiles"), run.out());
    }

    @Test
    void validateLocatesASyntaxErrorAndExitsOne() throws Exception {
        Run run = run("validate", "--rules", "src/test/resources/cli/broken/rules");
        assertEquals(1, run.exit(), run.out());
        assertTrue(run.out().contains("rules/demo/broken.drl:8"), run.out());
    }

    @Test
    void evaluateAnswersOneRequest() throws Exception {
        Run run = run("evaluate", "src/test/resources/cli/household.json");
        assertEquals(0, run.exit(), run.out());
        assertTrue(run.out().contains("\"fpl_percent\" : 201.27"), run.out());
    }

    @Test
    void testExitsOneWhenAScenarioFailsAndNamesIt() throws Exception {
        Run run = run("test", "--scenarios", "src/test/resources/cli/scenarios");
        assertEquals(1, run.exit(), run.out());
        assertTrue(run.out().contains("FAILED CLI-002"), run.out());
        assertTrue(run.out().contains("1 passed, 1 failed, 0 skipped"), run.out());
    }

    @Test
    void reevaluateComparesAFileOfHouseholdsUnderTwoRulesets() throws Exception {
        Path definitions = Path.of("benefit-definitions");
        Path households = data.resolve("population.jsonl");
        try (var writer = Files.newBufferedWriter(households, StandardCharsets.UTF_8)) {
            new org.acarules.population.PopulationGenerator(definitions,
                    new org.acarules.definitions.ParameterLoader().load(definitions)).write(300, 2026, 11, writer);
        }
        // the crafted change: a copy of the definitions with the 2026 income ceiling at 500% instead of 400%, and the
        // 2026 table carried on to it (see RaisedCeiling)
        Path raised = data.resolve("ceiling-500");
        TestFolders.copy(definitions, raised);
        RaisedCeiling.writeInto(raised, "5.0");
        Path out = data.resolve("out");

        Run run = run("reevaluate", "--applicants", households.toString(), "--definitions", raised.toString(), "--out", out.toString());
        assertEquals(0, run.exit(), run.out());
        assertTrue(run.out().contains("reevaluated 300 households"), run.out());

        var summary = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(300, summary.get("households").asLong());
        assertEquals(0, summary.get("errors").asLong());
        long changed = summary.get("changed_households").asLong();
        assertTrue(changed > 0, summary.toString());
        // only people between 400% and 500% can gain: every change is marketplace -> aptc, with no less credit (above
        // 400% the expected contribution often exceeds the benchmark: eligible, but a credit of 0)
        for (var t : summary.get("transitions")) {
            if (!t.get("before").asText().equals(t.get("after").asText())) {
                assertEquals("marketplace -> aptc", t.get("before").asText() + " -> " + t.get("after").asText(), t.toString());
                assertTrue(t.get("aptc_change").decimalValue().signum() >= 0, t.toString());
            }
        }
        assertTrue(summary.get("by_fpl_band").has("400-500"), summary.toString());
        assertEquals(0, summary.get("aptc_after").decimalValue().subtract(summary.get("aptc_before").decimalValue())
                .compareTo(summary.get("aptc_change").decimalValue()), summary.toString());
        List<String> changes = Files.readAllLines(out.resolve("changes.jsonl"));
        assertEquals(changed, changes.size());
        assertTrue(changes.get(0).contains("\"fpl_band\":\"400-500\""), changes.get(0));
        List<String> csv = Files.readAllLines(out.resolve("changes.csv"));
        assertTrue(csv.get(0).startsWith("external_id,state,fpl_band,person_id,outcome_before,outcome_after"), csv.get(0));
        assertTrue(csv.stream().anyMatch(l -> l.contains(",marketplace,aptc,")), String.join("\n", csv));
    }

    @Test
    void reevaluateWithoutItsFilesIsAUsageError() throws Exception {
        assertEquals(2, run("reevaluate", "--out", data.toString()).exit());
        assertEquals(2, run("reevaluate", "--applicants", "no-such.jsonl", "--out", data.toString()).exit());
    }

    @Test
    void anUnknownFileIsAUsageError() throws Exception {
        assertEquals(2, run("evaluate", "no-such-file.json").exit());
        assertTrue(Files.exists(JarCommand.JAR));
    }
}
