package org.acarules.bench.harness;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one command behind {@code mvn -B -Pbench verify}: runs every benchmark suite (or those named in
 * {@code -Dbench.suites=engine,rest}), one at a time, and prints the table of figures with the machine's core count
 * and Java version; the table is also written to {@code target/bench/results.md}.
 */
public final class BenchmarkHarness {
    /**
     * The suites, by class name: a suite class not on the class path (not merged yet) is skipped with a note, so
     * this list never breaks the build.
     */
    static final List<String> SUITES = List.of(
            "org.acarules.bench.EngineBenchmark",
            "org.acarules.bench.BatchBenchmark",
            "org.acarules.bench.StartupBenchmark",
            "org.acarules.bench.RestBenchmark");

    private BenchmarkHarness() {
    }

    public static void main(String[] args) throws Exception {
        Path projectDir = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Set<String> wanted = wanted(System.getProperty("bench.suites", "all"));
        List<Row> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String className : SUITES) {
            BenchmarkSuite suite = load(className, notes);
            if (suite == null) {
                continue;
            }
            seen.add(suite.id());
            if (wanted != null && !wanted.contains(suite.id())) {
                continue;
            }
            Path workDir = projectDir.resolve("target/bench").resolve(suite.id());
            Files.createDirectories(workDir);
            System.out.printf("%n=== suite %s (%s) ===%n", suite.id(), className);
            try {
                for (Figure figure : suite.run(projectDir, workDir)) {
                    rows.add(new Row(suite.id(), figure));
                }
            } catch (Exception | Error e) {
                e.printStackTrace();
                rows.add(new Row(suite.id(), new Figure(suite.id() + " suite", Double.NaN, "", "runs", false,
                        "failed: " + e)));
            }
        }
        if (wanted != null) {
            for (String id : wanted) {
                if (!seen.contains(id)) {
                    notes.add("no suite with id '" + id + "' (known: " + String.join(", ", seen) + ")");
                }
            }
        }
        String table = table(rows, notes);
        System.out.println();
        System.out.println(table);
        Path out = projectDir.resolve("target/bench/results.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table);
        System.out.println("written to " + out);
        if (rows.stream().anyMatch(r -> !r.figure().pass())) {
            System.out.println("Some targets were missed (see the pass column); the harness reports, it does not fail the build.");
        }
    }

    private static Set<String> wanted(String property) {
        if (property == null || property.isBlank() || property.equals("all")) {
            return null;
        }
        return new LinkedHashSet<>(Arrays.stream(property.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList());
    }

    private static BenchmarkSuite load(String className, List<String> notes) {
        try {
            Class<?> type = Class.forName(className);
            return (BenchmarkSuite) type.getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            String note = "suite " + className + " is not on the class path: skipped";
            System.out.println(note);
            notes.add(note);
            return null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create suite " + className, e);
        }
    }

    static String table(List<Row> rows, List<String> notes) {
        StringBuilder out = new StringBuilder();
        out.append("# Benchmark results\n\n");
        out.append(String.format(Locale.ROOT, "Taken %s on %d cores, Java %s (%s), %s %s.%n%n", Instant.now(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                System.getProperty("java.vm.name"), System.getProperty("os.name"), System.getProperty("os.arch")));
        out.append("| suite | figure | value | unit | target | pass | note |\n");
        out.append("| --- | --- | ---: | --- | --- | --- | --- |\n");
        for (Row row : rows) {
            Figure f = row.figure();
            out.append("| ").append(row.suite()).append(" | ").append(f.name()).append(" | ").append(format(f.value()))
                    .append(" | ").append(f.unit()).append(" | ").append(f.target()).append(" | ")
                    .append(f.pass() ? "pass" : "FAIL").append(" | ").append(f.note() == null ? "" : f.note().replace('|', '/'))
                    .append(" |\n");
        }
        for (String note : notes) {
            out.append("\n- ").append(note);
        }
        out.append('\n');
        return out.toString();
    }

    static String format(double value) {
        if (Double.isNaN(value)) {
            return "-";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) value);
        }
        return Math.abs(value) >= 100 ? String.format(Locale.ROOT, "%,.0f", value)
                : String.format(Locale.ROOT, "%.2f", value);
    }

    record Row(String suite, Figure figure) {
    }
}
