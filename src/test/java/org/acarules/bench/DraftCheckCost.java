package org.acarules.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.acarules.engine.RulesetCompiler;

/**
 * What checking a ruleset's compiled code (engine.sandbox) adds to compiling it: the project's rules/ compiled in one
 * JVM, each round with one comment changed, three ways: with the start-up check (compiled Java only), with the whole
 * check (new content), and again as content already checked in this process (the check skipped: the build alone). Run: java -cp (test classpath) org.acarules.bench.DraftCheckCost [rounds]
 */
public final class DraftCheckCost {
    private DraftCheckCost() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        RulesetCompiler compiler = new RulesetCompiler(DraftCheckCost.class.getClassLoader());
        RulesetCompiler startUp = RulesetCompiler.forDeployedFolders(DraftCheckCost.class.getClassLoader());
        Path work = Files.createTempDirectory("draft-check-cost");
        Path definitions = Path.of("benefit-definitions");
        for (int round = 0; round <= rounds; round++) {
            Path rules = copy(Path.of("rules"), work.resolve("rules-" + round), round);
            long javaOnly = time(() -> startUp.compile(rules, definitions));
            long checked = time(() -> compiler.compile(rules, definitions));
            long known = time(() -> compiler.compile(rules, definitions));
            System.out.printf("%s start-up check (build + compiled Java) %d ms, new content (build + whole check) %d ms,"
                    + " same content again (build only) %d ms%n", round == 0 ? "warm-up:" : "round " + round + ":",
                    javaOnly, checked, known);
        }
    }

    private static long time(Runnable compile) {
        long start = System.nanoTime();
        compile.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static Path copy(Path from, Path to, int round) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        Path changed = to.resolve("eligibility/medicaid.drl");
        Files.writeString(changed, Files.readString(changed) + "\n// round " + round + "\n");
        return to;
    }
}
