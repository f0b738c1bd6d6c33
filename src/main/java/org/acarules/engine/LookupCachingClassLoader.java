package org.acarules.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The application's class loader as the rule compiler and the engine's lazy constraint compilation see it, with
 * every class look-up and class-file read remembered. After start-up Quarkus's packaged-jar class loader keeps only a
 * few jars open and reopens the others on demand (reading their central directory again), and compiling rules probes
 * thousands of names: without this, a reload spent most of its time reopening jars (measured: 6.5 s a reload, 75% of
 * samples in {@code JarFiles.create}). The application's classes do not change while it runs, so remembering both
 * hits and misses is safe. Classes come from the parent, so rules see the very classes the service uses.
 */
final class LookupCachingClassLoader extends ClassLoader {
    private static final Map<ClassLoader, LookupCachingClassLoader> BY_PARENT = new ConcurrentHashMap<>();
    private static final Object MISSING = new Object();

    private final Map<String, Object> classes = new ConcurrentHashMap<>();
    private final Map<String, Optional<byte[]>> classFiles = new ConcurrentHashMap<>();

    static {
        registerAsParallelCapable();
    }

    private LookupCachingClassLoader(ClassLoader parent) {
        super("aca-rules-lookup-cache", parent);
    }

    /** One caching loader per application class loader, shared by every compilation. */
    static ClassLoader around(ClassLoader parent) {
        if (parent instanceof LookupCachingClassLoader) {
            return parent;
        }
        return BY_PARENT.computeIfAbsent(parent, LookupCachingClassLoader::new);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        Object known = classes.get(name);
        if (known == null) {
            try {
                known = getParent().loadClass(name);
            } catch (ClassNotFoundException e) {
                known = MISSING;
            }
            classes.put(name, known);
        }
        if (known == MISSING) {
            throw new ClassNotFoundException(name);
        }
        return (Class<?>) known;
    }

    @Override
    public InputStream getResourceAsStream(String name) {
        if (!name.endsWith(".class")) {
            return getParent().getResourceAsStream(name);
        }
        return classFiles.computeIfAbsent(name, this::read).map(ByteArrayInputStream::new).orElse(null);
    }

    @Override
    public URL getResource(String name) {
        if (name.endsWith(".class") && classFiles.computeIfAbsent(name, this::read).isEmpty()) {
            return null; // a known miss: do not probe the jars again
        }
        return getParent().getResource(name);
    }

    private Optional<byte[]> read(String name) {
        try (InputStream in = getParent().getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
