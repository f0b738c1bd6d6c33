package org.acarules.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.acarules.cli.JarCommand;
import org.acarules.cli.JarCommand.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * pool-statistics and pool-projection on the packaged jar, on a file of the households PoolResourceTest counts by
 * hand (see there for the derivation): one aptc, one coverage gap, one marketplace, one employer coverage.
 */
class PoolCommandsIT {
    @TempDir
    Path dir;

    private Run run(String... args) throws IOException, InterruptedException {
        return JarCommand.run(dir, Duration.ofSeconds(180), args);
    }

    private static String household(String id, int income, int age, String offer, int benchmark) {
        return "{\"external_id\": \"" + id + "\", \"request\": {\"year\": 2026, \"place\": {\"state\": \"MS\"},"
                + " \"household\": {\"income\": " + income + ", \"filing_status\": \"single\", \"people\": [{\"id\": \"p\", \"age\": "
                + age + ", \"relationship\": \"self\", \"immigration_status\": \"citizen\"" + offer + "}]},"
                + " \"benchmark_premium\": {\"monthly\": " + benchmark + "}}}\n";
    }

    private Path households() throws IOException {
        Path file = dir.resolve("households.jsonl");
        Files.writeString(file, household("aptc", 31_300, 40, "", 600) + household("gap", 5_000, 30, "", 500)
                + household("mkt", 100_000, 50, "", 900) + household("esi", 40_000, 25,
                        ", \"employer_offer\": {\"self_only_monthly_contribution\": 50, \"provides_minimum_value\": true}", 700));
        return file;
    }

    @Test
    void statisticsOfAFileAsCsv() throws Exception {
        Path out = dir.resolve("statistics.csv");
        Run run = run("pool-statistics", "--applicants", households().toString(), "--csv", "--out", out.toString());
        assertEquals(0, run.exit(), run.out());
        String csv = Files.readString(out);
        assertTrue(csv.contains("\npopulation,households,4,,\n"), csv);
        assertTrue(csv.contains("\noutcome,coverage_gap,1,0.2500,\n"), csv);
        assertTrue(csv.contains("\npool,persons,2,0.5000,\n"), csv);
        assertTrue(csv.contains("\npool,average_gross_premium,2,,9000.00\n"), csv);
    }

    @Test
    void projectionWritesItsAnswerAndChartsAndRefusesBadParameters() throws Exception {
        Path out = dir.resolve("projection");
        Run run = run("pool-projection", "--applicants", households().toString(), "--out", out.toString(), "--years", "3", "--seed", "5");
        assertEquals(0, run.exit(), run.out());
        assertTrue(Files.readString(out.resolve("projection.json")).contains("\"households\" : 4"), run.out());
        for (String name : List.of("premium", "enrollment", "composition")) {
            assertTrue(Files.readString(out.resolve(name + ".svg")).contains("<svg"), name);
            assertEquals((byte) 0x89, Files.readAllBytes(out.resolve(name + ".png"))[0], name);
        }
        Run bad = run("pool-projection", "--applicants", households().toString(), "--out", out.toString(), "--years", "21",
                "--set", "loss_ratio=1.5");
        assertEquals(1, bad.exit(), bad.out());
        assertTrue(bad.out().contains("years: must be 1 to 20"), bad.out());
        assertTrue(bad.out().contains("parameters.loss_ratio: must be between 0.01 and 1"), bad.out());
    }
}
