package org.acarules.cli;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.nio.file.Path;
import java.util.Set;
import org.acarules.eligibility.EligibilityWarmUp;
import org.acarules.engine.RulesetPrecompiler;

/**
 * The service, or with a command the analysts' tools on the same jar: {@code validate}, {@code test},
 * {@code evaluate FILE.json}, {@code reevaluate}. {@code validate} only compiles, without starting anything; the other
 * commands start the service privately (a free local port, evaluations open to itself, quiet logs, the configured
 * folders served), do their work and exit with 0 on success, 1 on failure, 2 on wrong usage.
 */
@QuarkusMain
public final class Main {
    private static final Set<String> COMMANDS = Set.of("validate", "test", "evaluate", "reevaluate", "help",
            "pool-statistics", "pool-projection");

    private Main() {
    }

    public static void main(String... args) {
        DroolsTraceFlags.off();
        // H2 (the embedded default) keeps a cache of recent small values and, to look one up, hashes every string it
        // reads: each stored request and answer a re-evaluation reads, a few KB each, hashed for nothing (7% of the
        // workers' CPU in a profile, src/bench/BENCHMARKS.md). Read once, as H2's classes load; -Dh2.objectCache=true
        // keeps it.
        setIfAbsent("h2.objectCache", "false");
        if (args.length > 0 && args[0].equals("validate")) {
            // Compiling needs no database nor server: no Quarkus boot, so a jar built for PostgreSQL validates
            // without a database address.
            System.exit(CommandLine.validate(java.util.Arrays.asList(args).subList(1, args.length),
                    folder("aca.rules.dir", "ACA_RULES_DIR", "rules"),
                    folder("aca.definitions.dir", "ACA_DEFINITIONS_DIR", "benefit-definitions"), System.out, System.err));
        }
        if (args.length > 0 && COMMANDS.contains(args[0])) {
            // a command works on the configured folders: it neither serves the database's active version nor records one
            setIfAbsent("aca.rulesets.follow-database", "false");
            setIfAbsent("quarkus.http.port", "0");
            setIfAbsent("quarkus.http.host", "127.0.0.1");
            setIfAbsent("aca.evaluation.open", "true");
            if (System.getenv("ACA_JDBC_URL") == null && System.getenv("QUARKUS_DATASOURCE_JDBC_URL") == null) {
                // A private database instead of the embedded default's ./data file, which a running service holds
                // locked: a command neither writes into the service's audit nor resumes its jobs. Named by
                // ACA_JDBC_URL (or -Dquarkus.datasource.jdbc.url) a command uses that database.
                setIfAbsent("quarkus.datasource.jdbc.url", "jdbc:h2:mem:aca-command;DB_CLOSE_DELAY=-1");
            }
            setIfAbsent("quarkus.log.level", "WARN");
            setIfAbsent("quarkus.log.category.\"org.acarules\".level", "WARN");
            setIfAbsent("quarkus.log.category.\"org.drools\".level", "ERROR"); // build-time advice, not the analyst's
            setIfAbsent("quarkus.log.category.\"org.flywaydb\".level", "ERROR");
            Quarkus.run(CommandLine.class, args);
        } else {
            // The same folders application.properties resolves (aca.rules.dir=${ACA_RULES_DIR:rules}, ...);
            // ActiveRuleset takes the result only if its configuration names these very folders.
            RulesetPrecompiler.start(folder("aca.rules.dir", "ACA_RULES_DIR", "rules"),
                    folder("aca.definitions.dir", "ACA_DEFINITIONS_DIR", "benefit-definitions"), EligibilityWarmUp::run);
            Quarkus.run(args);
        }
    }

    private static Path folder(String property, String environment, String fallback) {
        String value = System.getProperty(property);
        if (value == null) {
            value = System.getenv(environment);
        }
        return Path.of(value == null ? fallback : value);
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
