package org.acarules.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.acarules.definitions.ParameterLoader;
import org.acarules.engine.sandbox.AllowList;
import org.acarules.engine.sandbox.DraftSandbox;
import org.drools.compiler.kie.builder.impl.DrlProject;
import org.jboss.logging.Logger;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieContainer;

/**
 * Compiles a rules folder (DRL and CSV decision tables) into one KieBase at run time with the classic
 * DRL build, which reports every error with its line (see ../shared/STACK.md), and loads the parameters
 * that go with it. Every rule must carry an id in its name and a {@code @citation}.
 */
public final class RulesetCompiler {
    private static final String RESOURCES = "src/main/resources/";
    private static final AtomicLong BUILDS = new AtomicLong();
    private static final Logger LOG = Logger.getLogger(RulesetCompiler.class);
    private static final String PROPERTY_SPECIFIC = "drools.propertySpecific";

    static {
        // Rules here only insert and delete facts, never modify them, so property reactivity buys nothing,
        // and with it Drools warns at run time on every constraint that reads the params global.
        if (System.getProperty(PROPERTY_SPECIFIC) == null) {
            System.setProperty(PROPERTY_SPECIFIC, "ALLOWED");
        }
    }

    private final ClassLoader classLoader;
    private final DraftSandbox sandbox = new DraftSandbox(AllowList.project());

    /** Whether drafts get the whole check (constraints and MVEL too) or only their compiled Java (deployed folders). */
    private final boolean wholeCheck;

    /** Compiled rule bases of unchanged rulesets, or null: only for the start-up check, never for drafts. */
    private final CompiledRuleCache cache;

    /** The build: the classic one ({@link DrlProject}) everywhere but in {@link #forMeasurement}. */
    private final Class<? extends KieBuilder.ProjectType> projectType;

    /** Whether what the rules compiled to is checked ({@link DraftSandbox}) before the container loads it. */
    private final boolean sandboxed;

    /** A compiler for drafts and analysts' folders: everything they compile to is checked before it can run. */
    public RulesetCompiler(ClassLoader classLoader) {
        this(classLoader, true);
    }

    private RulesetCompiler(ClassLoader classLoader, boolean wholeCheck) {
        this(classLoader, wholeCheck, null);
    }

    private RulesetCompiler(ClassLoader classLoader, boolean wholeCheck, CompiledRuleCache cache) {
        this(classLoader, wholeCheck, cache, DrlProject.class, true);
    }

    private RulesetCompiler(ClassLoader classLoader, boolean wholeCheck, CompiledRuleCache cache,
            Class<? extends KieBuilder.ProjectType> projectType, boolean sandboxed) {
        this.classLoader = LookupCachingClassLoader.around(classLoader);
        this.wholeCheck = wholeCheck;
        this.cache = wholeCheck ? null : cache;
        this.projectType = projectType;
        this.sandboxed = sandboxed;
    }

    /**
     * For benchmarks only (issue 17): the same folders built with {@code projectType} (the classic {@link DrlProject} or
     * the executable model's {@code ExecutableModelProject}), without the sandbox check (it reads a classic build) and
     * without the compiled-rule cache, so that two builds of the same files differ in the build alone. Never for
     * content that has not passed the check elsewhere.
     */
    static RulesetCompiler forMeasurement(ClassLoader classLoader, Class<? extends KieBuilder.ProjectType> projectType) {
        return new RulesetCompiler(classLoader, false, null, projectType, false);
    }

    /** The start-up check with this cache (null: none); {@link #forDeployedFolders} uses the configured one. */
    static RulesetCompiler withCache(ClassLoader classLoader, CompiledRuleCache cache) {
        return new RulesetCompiler(classLoader, false, cache);
    }

    /**
     * A compiler for the deployment's own folders at start-up: globals, imports and compiled Java are checked, the
     * constraints are not (that check more than doubles the build; the suite runs it on rules/, drafts always get it).
     */
    public static RulesetCompiler forDeployedFolders(ClassLoader classLoader) {
        return new RulesetCompiler(classLoader, false, CompiledRuleCache.configured());
    }

    /**
     * A compiler for versions already stored: their content passed the check when it was stored (the whole check for
     * drafts and reloads, the start-up check for deployed folders), so compiling it again, on another instance that
     * follows an activation or after a restart, repeats only the start-up check. An activation reaches the fleet
     * without every instance paying for the whole check again.
     */
    public static RulesetCompiler forStoredVersions(ClassLoader classLoader) {
        return new RulesetCompiler(classLoader, false, CompiledRuleCache.configured());
    }

    /** Compiles the folders, or throws with every error found. */
    public Ruleset compile(Path rulesDir, Path definitionsDir) {
        CompilationResult result = build(rulesDir, definitionsDir);
        if (!result.compiles()) {
            throw result.failure();
        }
        return result.ruleset();
    }

    public CompilationResult build(Path rulesDir, Path definitionsDir) {
        return build(rulesDir, definitionsDir, RulesetVersion.of(rulesDir, definitionsDir));
    }

    /** Compiles a draft held in memory (written to a scratch folder the build reads and then deleted). */
    public CompilationResult build(RulesetContent content) {
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("aca-ruleset-");
            content.writeTo(scratch);
            return build(scratch.resolve("rules"), scratch.resolve("benefit-definitions"), content.version());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(scratch);
        }
    }

    private CompilationResult build(Path rulesDir, Path definitionsDir, String version) {
        ParameterLoader.Result parameters = new ParameterLoader().loadAll(definitionsDir);
        List<RuleMessage> errors = new ArrayList<>();
        List<RuleMessage> warnings = new ArrayList<>();
        CompiledRuleCache.Entry cached = cached(version);
        KieBase kieBase;
        if (cached != null) {
            kieBase = cached.kieBase();
            warnings.addAll(cached.warnings());
        } else {
            kieBase = buildKieBase(rulesDir, version, errors, warnings);
        }
        Map<Rule, RuleInfo> catalogue = kieBase == null ? Map.of() : catalogue(kieBase, errors);
        Ruleset ruleset = errors.isEmpty() && parameters.errors().isEmpty()
                ? new Ruleset(version, kieBase, parameters.store(), catalogue, RuleSources.of(catalogue, rulesDir)) : null;
        if (ruleset != null && cache != null && cached == null) {
            cache.write(version, kieBase, warnings); // before any session has used the rule base
        }
        return new CompilationResult(version, ruleset, List.copyOf(errors), List.copyOf(warnings), parameters.errors());
    }

    /** The rule base an earlier start compiled for this very content and build, or null. */
    private CompiledRuleCache.Entry cached(String version) {
        if (cache == null) {
            return null;
        }
        long start = System.nanoTime();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(classLoader);
        try {
            CompiledRuleCache.Entry entry = cache.read(version, classLoader);
            if (entry != null) {
                LOG.infof("ruleset %s: rule base restored from %s in %d ms (not compiled)", version, cache.dir(),
                        (System.nanoTime() - start) / 1_000_000);
            }
            return entry;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private KieBase buildKieBase(Path rulesDir, String version, List<RuleMessage> errors, List<RuleMessage> warnings) {
        KieServices services = KieServices.Factory.get();
        KieFileSystem kfs = services.newKieFileSystem();
        ReleaseId releaseId = services.newReleaseId("org.acarules.rulesets", "ruleset-" + version,
                "1.0." + BUILDS.incrementAndGet());
        kfs.generateAndWritePomXML(releaseId);
        List<Path> files = ruleFiles(rulesDir);
        if (files.isEmpty()) {
            errors.add(new RuleMessage("ERROR", "rules", 0, 0, "no .drl or .csv rule files found"));
            return null;
        }
        Map<String, byte[]> sources = new java.util.LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        for (Path file : files) {
            String path = RESOURCES + kieName(rulesDir, file);
            byte[] bytes = read(file);
            sources.put(path, bytes);
            names.put(path, "rules/" + rulesDir.relativize(file).toString().replace('\\', '/'));
            kfs.write(path, services.getResources().newByteArrayResource(bytes).setResourceType(resourceType(file)));
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(classLoader); // rules compiled on any thread must see our fact classes
        try {
            KieBuilder builder = services.newKieBuilder(kfs, classLoader);
            builder.buildAll(projectType);
            for (Message message : builder.getResults().getMessages(Message.Level.ERROR, Message.Level.WARNING)) {
                (message.getLevel() == Message.Level.ERROR ? errors : warnings).add(new RuleMessage(
                        message.getLevel().name(), names.getOrDefault(message.getPath(), displayName(message.getPath())),
                        message.getLine(),
                        message.getColumn(), message.getText()));
            }
            if (errors.isEmpty() && sandboxed) {
                // Nothing of the draft has run yet: refuse what it may not do before the container loads it.
                long checking = System.nanoTime();
                errors.addAll(wholeCheck ? sandbox.check(builder, sources, names, classLoader)
                        : sandbox.checkCompiledJava(builder, sources, names, classLoader));
                LOG.debugf("ruleset %s: checked what its rules may do in %d ms", version,
                        (System.nanoTime() - checking) / 1_000_000);
            }
            if (!errors.isEmpty()) {
                services.getRepository().removeKieModule(releaseId);
                return null;
            }
            KieContainer container = services.newKieContainer(releaseId, classLoader);
            KieBase kieBase = container.getKieBase();
            // KieRepository is JVM-global: drop the module so rebuilds do not accumulate.
            services.getRepository().removeKieModule(releaseId);
            return kieBase;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static Map<Rule, RuleInfo> catalogue(KieBase kieBase, List<RuleMessage> errors) {
        Map<Rule, RuleInfo> catalogue = new HashMap<>();
        Map<String, String> ids = new HashMap<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                RuleInfo info = RuleInfo.of(pkg.getName(), rule.getName(), rule.getMetaData().get("citation"));
                if (info.id() == null) {
                    errors.add(new RuleMessage("ERROR", pkg.getName(), 0, 0,
                            "rule \"" + rule.getName() + "\" must start with a stable id such as APTC-004"));
                } else if (ids.putIfAbsent(info.id(), rule.getName()) != null) {
                    errors.add(new RuleMessage("ERROR", pkg.getName(), 0, 0, "rule id " + info.id()
                            + " is used by \"" + ids.get(info.id()) + "\" and \"" + rule.getName() + "\""));
                }
                if (info.citation() == null) {
                    errors.add(new RuleMessage("ERROR", pkg.getName(), 0, 0,
                            "rule \"" + rule.getName() + "\" has no @citation"));
                }
                catalogue.put(rule, info);
            }
        }
        return Map.copyOf(catalogue);
    }

    private static List<Path> ruleFiles(Path rulesDir) {
        if (!Files.isDirectory(rulesDir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(rulesDir, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".drl") || p.toString().endsWith(".csv"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Drools only reads a CSV decision table named *.drl.csv; analysts may name theirs plain *.csv. */
    private static String kieName(Path rulesDir, Path file) {
        String relative = rulesDir.relativize(file).toString().replace('\\', '/');
        if (relative.endsWith(".csv") && !relative.endsWith(".drl.csv")) {
            return relative.substring(0, relative.length() - ".csv".length()) + ".drl.csv";
        }
        return relative;
    }

    private static String displayName(String kiePath) {
        if (kiePath == null) {
            return "rules";
        }
        String path = kiePath.startsWith(RESOURCES) ? kiePath.substring(RESOURCES.length()) : kiePath;
        return "rules/" + path;
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a scratch folder left behind is harmless
        }
    }

    private static ResourceType resourceType(Path file) {
        return file.toString().endsWith(".csv") ? ResourceType.DTABLE : ResourceType.DRL;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
