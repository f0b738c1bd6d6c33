package org.acarules.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.jboss.logging.Logger;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;

/**
 * Compiled rule bases kept on disk, so a start with unchanged rules (the folders' ruleset, or the version active in
 * the database) restores the rule base instead of compiling it: the rule packages (with the Java the rules compiled
 * to) written with Drools' own package serialisation, read back into a new KieBase.
 *
 * <p>An entry is used only when the ruleset version (the content hash of the rules and benefit definitions) and the
 * build fingerprint (the application jar's content hash, the Drools jars and the Java version) are the same as when it
 * was written, and its bytes still hash to what was written; anything else (an older build, a truncated or corrupt
 * file, a file that does not read back) is logged and the rules are compiled as without a cache. Only compilers whose
 * check is the start-up check use it (see {@link RulesetCompiler#forDeployedFolders}): drafts and reloads always
 * compile.
 *
 * <p>Trust: an entry holds compiled code that runs without the draft check, so the folder must be writable only by
 * the service's own account, like its jar. Default {@code data/ruleset-cache} under the working directory (next to
 * the embedded database); {@code aca.rules.cache-dir} / {@code ACA_RULES_CACHE_DIR} names another folder, {@code off}
 * turns it off. Off as well when the application's classes are not in a jar (tests, dev mode): there is no build to
 * fingerprint.
 */
public final class CompiledRuleCache {
    private static final Logger LOG = Logger.getLogger(CompiledRuleCache.class);
    private static final String MAGIC = "aca-rules compiled rule base 1";
    private static final String SUFFIX = ".kbase";
    /** Entries kept: the folders' version and a few activated ones; older files are deleted on write. */
    private static final int KEEP = 4;

    private final Path dir;
    private final String fingerprint;
    private final java.util.concurrent.atomic.AtomicInteger hits = new java.util.concurrent.atomic.AtomicInteger();

    CompiledRuleCache(Path dir, String fingerprint) {
        this.dir = dir;
        this.fingerprint = fingerprint;
    }

    /** The cache the configuration names, or null when it is off or the build cannot be fingerprinted. */
    public static CompiledRuleCache configured() {
        return Configured.CACHE;
    }

    private static final class Configured { // resolved once, on first use
        static final CompiledRuleCache CACHE = fromConfiguration();
    }

    private static CompiledRuleCache fromConfiguration() {
        String value = System.getProperty("aca.rules.cache-dir", System.getenv("ACA_RULES_CACHE_DIR"));
        if (value != null && (value.isBlank() || value.equalsIgnoreCase("off"))) {
            return null;
        }
        String fingerprint = buildFingerprint();
        if (fingerprint == null) {
            return null;
        }
        return new CompiledRuleCache(Path.of(value == null ? "data/ruleset-cache" : value).toAbsolutePath(), fingerprint);
    }

    /** The application jar's content hash, the Drools jars' names (with their versions) and the Java version. */
    static String buildFingerprint() {
        Path appJar = jarOf(CompiledRuleCache.class);
        if (appJar == null) {
            return null;
        }
        try (InputStream in = Files.newInputStream(appJar)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0;) {
                sha.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(sha.digest()) + " " + name(jarOf(KieServices.class)) + " "
                    + name(jarOf(InternalKnowledgeBase.class)) + " " + name(jarOf(org.drools.compiler.kie.builder.impl.DrlProject.class))
                    + " java " + Runtime.version();
        } catch (IOException | NoSuchAlgorithmException e) {
            LOG.warnf("compiled rule cache off: cannot read the application jar %s (%s)", appJar, e.toString());
            return null;
        }
    }

    private static String name(Path jar) {
        return jar == null ? "?" : jar.getFileName().toString();
    }

    /** The jar a class was loaded from, or null when it came from a folder. */
    private static Path jarOf(Class<?> type) {
        URL url = type.getResource(type.getSimpleName() + ".class");
        if (url == null || !url.getProtocol().equals("jar")) {
            return null;
        }
        String file = url.getPath(); // file:/.../x.jar!/org/...
        int bang = file.indexOf("!/");
        try {
            return Path.of(new URL(bang < 0 ? file : file.substring(0, bang)).toURI());
        } catch (Exception e) {
            return null;
        }
    }

    public Path dir() {
        return dir;
    }

    /** Rule bases restored so far (what a test can tell a restore from a compile by). */
    int hits() {
        return hits.get();
    }

    /** What an entry restores: the rule base and the warnings its compilation gave. */
    record Entry(KieBase kieBase, List<RuleMessage> warnings) {
    }

    /** The rule base stored for {@code version}, or null (nothing stored, another build, or unreadable: logged). */
    Entry read(String version, ClassLoader classLoader) {
        Path file = file(version);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(Files.readAllBytes(file)))) {
            if (!in.readUTF().equals(MAGIC) || !in.readUTF().equals(version)) {
                LOG.warnf("compiled rule cache: %s is not an entry for ruleset %s; compiling", file, version);
                return null;
            }
            if (!in.readUTF().equals(fingerprint)) {
                LOG.infof("compiled rule cache: %s was written by another build; compiling", file.getFileName());
                return null;
            }
            List<RuleMessage> warnings = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                warnings.add(new RuleMessage(in.readUTF(), in.readUTF(), in.readInt(), in.readInt(), in.readUTF()));
            }
            byte[] digest = in.readNBytes(32);
            byte[] payload = in.readAllBytes();
            if (!Arrays.equals(digest, sha256(payload))) {
                LOG.warnf("compiled rule cache: %s is corrupt (its content does not match its hash); compiling", file);
                return null;
            }
            Entry entry = new Entry(restore(payload, classLoader), List.copyOf(warnings));
            hits.incrementAndGet();
            return entry;
        } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError e) {
            LOG.warnf("compiled rule cache: %s could not be read (%s); compiling", file, e.toString());
            return null;
        }
    }

    /** Stores the rule base compiled for {@code version}; a failure to write is logged and changes nothing else. */
    void write(String version, KieBase kieBase, List<RuleMessage> warnings) {
        try {
            ByteArrayOutputStream packages = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new DroolsObjectOutputStream(packages)) {
                List<KiePackage> all = new ArrayList<>(kieBase.getKiePackages());
                out.writeInt(all.size());
                for (KiePackage pkg : all) {
                    out.writeObject(pkg);
                }
            }
            byte[] payload = packages.toByteArray();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(payload.length + 4096);
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeUTF(MAGIC);
                out.writeUTF(version);
                out.writeUTF(fingerprint);
                out.writeInt(warnings.size());
                for (RuleMessage w : warnings) {
                    out.writeUTF(w.level());
                    out.writeUTF(String.valueOf(w.file()));
                    out.writeInt(w.line());
                    out.writeInt(w.column());
                    out.writeUTF(truncate(String.valueOf(w.message())));
                }
                out.write(sha256(payload));
                out.write(payload);
            }
            Files.createDirectories(dir);
            Path temporary = Files.createTempFile(dir, version, ".tmp");
            Files.write(temporary, bytes.toByteArray());
            // another instance sharing the folder sees the old file or the whole new one, never half of it
            Files.move(temporary, file(version), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            prune();
        } catch (IOException | RuntimeException e) {
            LOG.warnf("compiled rule cache: could not store ruleset %s in %s (%s); the next start compiles it", version,
                    dir, e.toString());
        }
    }

    private static KieBase restore(byte[] payload, ClassLoader classLoader) throws IOException, ClassNotFoundException {
        List<InternalKnowledgePackage> packages = new ArrayList<>();
        try (ObjectInputStream in = new DroolsObjectInputStream(new ByteArrayInputStream(payload), classLoader)) {
            for (int i = in.readInt(); i > 0; i--) {
                packages.add((InternalKnowledgePackage) in.readObject());
            }
        }
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory
                .newKnowledgeBase(KieServices.Factory.get().newKieBaseConfiguration(null, classLoader));
        kieBase.addPackages(packages);
        return kieBase;
    }

    private Path file(String version) {
        if (!version.matches("[A-Za-z0-9._-]{1,100}")) {
            throw new IllegalArgumentException("not a ruleset version: " + version);
        }
        return dir.resolve(version + SUFFIX);
    }

    private void prune() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> entries = files.filter(p -> p.getFileName().toString().endsWith(SUFFIX))
                    .sorted(Comparator.comparing(CompiledRuleCache::modified).reversed()).toList();
            for (Path old : entries.subList(Math.min(KEEP, entries.size()), entries.size())) {
                Files.deleteIfExists(old);
            }
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private static String truncate(String text) {
        return text.length() > 8000 ? text.substring(0, 8000) : text; // writeUTF takes at most 64 KB
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
