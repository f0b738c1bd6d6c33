package org.acarules.engine.sandbox;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acarules.engine.RuleMessage;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.base.rule.ImportDeclaration;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.compiler.kie.builder.impl.KieBuilderImpl;
import org.drools.core.rule.JavaDialectRuntimeData;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.objectweb.asm.ClassReader;

/**
 * Rule drafts reason; they do not act. Checks what a draft compiled to before any of it runs, and refuses whatever
 * does more than read facts and parameters, compute with value types and insert, modify or retract facts.
 *
 * <p>Two builds are read. The classic build (the one that runs) holds the Java it compiled: consequences, functions,
 * evals. Constraints, {@code from}, accumulate code and MVEL consequences it interprets, so they have no bytecode before
 * they run; the executable-model build of the same files compiles every one of them (and declared types with their
 * default values) to Java classes, which are read the same way. What the executable model cannot translate cannot be
 * verified, and is refused. The classic build's invoker classes are the generator's templates around the user code
 * (which the executable model holds as well), so they are not read.
 */
public final class DraftSandbox {
    private static final String PARAMS_TYPE = "org.acarules.definitions.ParameterStore";
    private static final String PARAMS_GLOBAL = "params";
    private static final String GENERATED_PROJECT = "org/drools/project/model/";
    private static final AtomicLong BUILDS = new AtomicLong();
    private static final List<String> RESERVED_PACKAGES = List.of("java", "javax", "jdk", "sun", "org.drools", "org.kie",
            "org.acarules");

    private final AllowList allowList;
    private final BytecodeChecker checker;

    public DraftSandbox(AllowList allowList) {
        this.allowList = allowList;
        this.checker = new BytecodeChecker(allowList);
    }

    /**
     * Everything the draft may not do, each with file and line. {@code sources} are the files as written to the
     * classic build (KieFileSystem path to bytes), {@code displayNames} how to name them to the analyst;
     * {@code classic} is the successful classic build of them.
     */
    public List<RuleMessage> check(KieBuilder classic, Map<String, byte[]> sources, Map<String, String> displayNames,
            ClassLoader classLoader) {
        return check(classic, sources, displayNames, classLoader, true);
    }

    /**
     * The check of the deployment's own folders at start-up: globals, imports and the Java the classic build compiled
     * (consequences, functions, evals), without the executable-model build that the constraints and MVEL need, which
     * would more than double start-up (see rules/README.md). Drafts and the validate command get the whole check, and
     * the test suite gives the project's rules/ the whole check on every change.
     */
    public List<RuleMessage> checkCompiledJava(KieBuilder classic, Map<String, byte[]> sources,
            Map<String, String> displayNames, ClassLoader classLoader) {
        return check(classic, sources, displayNames, classLoader, false);
    }

    private List<RuleMessage> check(KieBuilder classic, Map<String, byte[]> sources, Map<String, String> displayNames,
            ClassLoader classLoader, boolean whole) {
        if (!whole) {
            return checkAll(classic, sources, displayNames, classLoader, false);
        }
        String content = CleanVerdicts.key(sources);
        if (CleanVerdicts.contains(content)) {
            return List.of(); // these very files passed before in this process (a reload, a stored draft compiled again)
        }
        List<RuleMessage> messages = checkAll(classic, sources, displayNames, classLoader, true);
        if (messages.isEmpty()) {
            CleanVerdicts.add(content);
        }
        return messages;
    }

    private List<RuleMessage> checkAll(KieBuilder classic, Map<String, byte[]> sources, Map<String, String> displayNames,
            ClassLoader classLoader, boolean withModel) {
        SourceLocator locator = new SourceLocator(sources, displayNames);
        InternalKieModule classicModule = (InternalKieModule) ((KieBuilderImpl) classic).getKieModuleIgnoringErrors();
        Collection<KiePackage> packages = packagesOf(classicModule);
        List<RuleMessage> messages = new ArrayList<>(descriptors(packages, locator));

        Sites sites = new Sites(packages);
        Map<String, byte[]> classicClasses = classicClasses(packages);
        report(checker.check(classicClasses, sites.declaredTypes()), sites, locator, messages);
        if (!withModel) {
            return List.copyOf(new LinkedHashSet<>(messages));
        }

        KieServices services = KieServices.Factory.get();
        KieFileSystem kfs = services.newKieFileSystem();
        ReleaseId releaseId = services.newReleaseId("org.acarules.sandbox", "draft", "1.0." + BUILDS.incrementAndGet());
        kfs.generateAndWritePomXML(releaseId);
        sources.forEach(kfs::write);
        try {
            KieBuilder model = services.newKieBuilder(kfs, classLoader);
            model.buildAll(ExecutableModelProject.class);
            List<Message> errors = model.getResults().getMessages(Message.Level.ERROR);
            if (!errors.isEmpty()) {
                for (Message error : errors) {
                    messages.add(locator.message(error.getPath(), error.getLine(), "cannot be verified: the rule checker"
                            + " cannot translate this (" + firstLine(error.getText()) + "); write it in plain Java"));
                }
                return messages;
            }
            InternalKieModule module = (InternalKieModule) ((KieBuilderImpl) model).getKieModuleIgnoringErrors();
            Map<String, byte[]> modelClasses = new HashMap<>();
            for (String file : module.getFileNames()) {
                if (file.endsWith(".class") && !file.startsWith(GENERATED_PROJECT)) {
                    modelClasses.put(file.substring(0, file.length() - ".class".length()), module.getBytes(file));
                }
            }
            sites.learnModel(modelClasses);
            report(checker.check(modelClasses, sites.declaredTypes()), sites, locator, messages);
        } finally {
            services.getRepository().removeKieModule(releaseId);
        }
        return List.copyOf(new LinkedHashSet<>(messages)); // both builds may refuse the same call on the same line
    }

    private void report(List<Refusal> refusals, Sites sites, SourceLocator locator, List<RuleMessage> messages) {
        for (Refusal refusal : refusals) {
            messages.add(locator.locate(sites.siteOf(refusal.className(), refusal.method()), refusal.hint(),
                    refusal.what()));
        }
    }

    /** Globals, imports and package names, which are refused before their code is read. */
    private List<RuleMessage> descriptors(Collection<KiePackage> packages, SourceLocator locator) {
        List<RuleMessage> messages = new ArrayList<>();
        Set<String> functionClasses = new HashSet<>();
        for (KiePackage kiePackage : packages) {
            ((InternalKnowledgePackage) kiePackage).getFunctions().keySet().forEach(f -> functionClasses.add(
                    kiePackage.getName() + "." + Character.toUpperCase(f.charAt(0)) + f.substring(1)));
        }
        for (KiePackage kiePackage : packages) {
            InternalKnowledgePackage pkg = (InternalKnowledgePackage) kiePackage;
            // Drools also makes a package for every class a rule imports; only the ones the draft writes count.
            boolean written = !pkg.getRules().isEmpty() || !pkg.getFunctions().isEmpty()
                    || pkg.getTypeDeclarations().values().stream().anyMatch(t -> t.isNovel());
            for (String reserved : written ? RESERVED_PACKAGES : List.<String>of()) {
                if (pkg.getName().equals(reserved) || pkg.getName().startsWith(reserved + ".")) {
                    messages.add(locator.find("package " + pkg.getName(), "declares package " + pkg.getName()
                            + ", which belongs to the service or the platform; name the package after its folder"));
                }
            }
            pkg.getGlobals().forEach((name, type) -> {
                if (!name.equals(PARAMS_GLOBAL) || !type.getTypeName().equals(PARAMS_TYPE)) {
                    messages.add(locator.find("global", "declares the global " + name + ", but the only global the"
                            + " service sets is " + PARAMS_GLOBAL + " (ParameterStore)"));
                }
            });
            Set<String> declared = new HashSet<>(pkg.getTypeDeclarations().keySet());
            for (ImportDeclaration imported : pkg.getImports().values()) {
                String target = imported.getTarget();
                if (!importAllowed(target, pkg.getName(), declared)) {
                    messages.add(locator.find("import " + target, "imports " + target
                            + ", which a rule may not use (" + Escapes.kindOf(target) + ")"));
                }
            }
            for (String imported : pkg.getStaticImports()) {
                String owner = imported.substring(0, imported.lastIndexOf('.'));
                if (!functionClasses.contains(owner) && !allowList.allows(owner, imported.substring(imported.lastIndexOf('.') + 1))
                        && !allowList.knows(imported)) {
                    messages.add(locator.find(imported, "imports " + imported + ", which a rule may not call ("
                            + Escapes.kindOf(imported) + ")"));
                }
            }
        }
        return messages;
    }

    private boolean importAllowed(String target, String pkg, Set<String> declared) {
        if (target.startsWith(pkg + ".") || target.equals("java.lang.*")) {
            return true; // the package's own declared types and functions, and what Java imports anyway
        }
        if (target.endsWith(".*")) {
            return allowList.knowsPackage(target.substring(0, target.length() - 2));
        }
        return allowList.knows(target) || declared.contains(target.substring(target.lastIndexOf('.') + 1));
    }

    private static Collection<KiePackage> packagesOf(InternalKieModule module) {
        String kieBase = module.getKieModuleModel().getKieBaseModels().keySet().iterator().next();
        return module.getKnowledgePackagesForKieBase(kieBase);
    }

    private static Map<String, byte[]> classicClasses(Collection<KiePackage> packages) {
        Map<String, byte[]> classes = new HashMap<>();
        for (KiePackage kiePackage : packages) {
            JavaDialectRuntimeData data = (JavaDialectRuntimeData) ((InternalKnowledgePackage) kiePackage)
                    .getDialectRuntimeRegistry().getDialectData("java");
            if (data == null) {
                continue;
            }
            data.getStore().forEach((file, bytes) -> {
                if (!isInvoker(bytes)) {
                    classes.put(file.substring(0, file.length() - ".class".length()), bytes);
                }
            });
        }
        return classes;
    }

    /** The generator's wrappers (invokers, accumulators) implement its accessor interfaces; rule code does not. */
    private static boolean isInvoker(byte[] bytes) {
        for (String itf : new ClassReader(bytes).getInterfaces()) {
            if (itf.startsWith("org/drools/base/rule/accessor/") || itf.startsWith("org/drools/mvel/asm/")) {
                return true;
            }
        }
        return false;
    }

    private static String firstLine(String text) {
        String line = text == null ? "" : text.strip();
        int end = line.indexOf('\n');
        return end < 0 ? line : line.substring(0, end).strip();
    }

    /** Which rule, function or declared type each generated class and method comes from. */
    static final class Sites {
        private static final Pattern ESCAPED_CHARACTER = Pattern.compile("\\$u(\\d+)\\$");
        private final Set<String> rules = new HashSet<>();
        private final Set<String> functions = new HashSet<>();
        private final Set<String> types = new HashSet<>();
        private final Set<String> declaredTypes = new HashSet<>();
        private final Map<String, String> ruleByMethod = new HashMap<>();
        private final Map<String, String> ruleByClass = new HashMap<>();

        Sites(Collection<KiePackage> packages) {
            for (KiePackage kiePackage : packages) {
                InternalKnowledgePackage pkg = (InternalKnowledgePackage) kiePackage;
                pkg.getRules().stream().map(Rule::getName).forEach(rules::add);
                functions.addAll(pkg.getFunctions().keySet());
                pkg.getTypeDeclarations().values().forEach(t -> types.add(t.getTypeName()));
                pkg.getTypeDeclarations().values().stream().filter(t -> t.isNovel())
                        .forEach(t -> declaredTypes.add(t.getTypeClassName().replace('.', '/')));
            }
        }

        /** The classes of the draft's declared types (the classic build makes them outside its store). */
        Set<String> declaredTypes() {
            return declaredTypes;
        }

        /** Reads the executable model's rule methods: each names its rule and the lambda classes it uses. */
        void learnModel(Map<String, byte[]> classes) {
            for (Map.Entry<String, byte[]> entry : classes.entrySet()) {
                ModelRuleMethods.read(entry.getValue(), rules, ruleByMethod, ruleByClass);
            }
        }

        Site siteOf(String className, String method) {
            if (functions.contains(method)) {
                return new Site(Site.Kind.FUNCTION, method);
            }
            String enclosing = method.startsWith("lambda$") ? method.substring(7, Math.max(7, method.indexOf('$', 7)))
                    : method;
            String rule = ruleByMethod.get(enclosing);
            if (rule == null) {
                rule = ruleByClass.get(className);
            }
            if (rule == null) {
                rule = classicRule(className);
            }
            if (rule != null) {
                return new Site(Site.Kind.RULE, rule);
            }
            String simple = className.substring(className.lastIndexOf('/') + 1);
            return types.contains(simple) ? new Site(Site.Kind.TYPE, simple) : new Site(Site.Kind.UNKNOWN, null);
        }

        /** The classic build names a rule's class Rule_ + the name ($uNN$ for a character, _ for a space) + a hash. */
        private String classicRule(String className) {
            String simple = className.substring(className.lastIndexOf('/') + 1);
            if (!simple.startsWith("Rule_")) {
                return null;
            }
            StringBuilder decoded = new StringBuilder();
            Matcher m = ESCAPED_CHARACTER.matcher(simple.substring(5));
            while (m.find()) {
                m.appendReplacement(decoded, Matcher.quoteReplacement(
                        String.valueOf((char) Integer.parseInt(m.group(1)))));
            }
            m.appendTail(decoded);
            String name = decoded.toString();
            for (String rule : rules) {
                String plain = rule.replace(' ', '_');
                if (name.startsWith(plain) && name.substring(plain.length()).matches("\\d*([A-Z].*)?")) {
                    return rule;
                }
            }
            return null;
        }
    }

    record Site(Kind kind, String name) {
        enum Kind { RULE, FUNCTION, TYPE, UNKNOWN }
    }
}
