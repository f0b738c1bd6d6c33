package org.acarules;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The database a test that runs the packaged jar gives it, one per test folder: an H2 file under the folder, or,
 * when the run names a PostgreSQL server (ACA_TEST_JDBC_URL, CI's second pass), a fresh database created on that
 * server for the folder. A fresh one, because the service keeps state that outlives a process (the active ruleset
 * version, jobs, applicants): a test that starts from another test's leftovers proves nothing. The databases are
 * dropped when the test JVM exits.
 */
public final class TestDatabases {
    private static final Map<Path, Map<String, String>> BY_FOLDER = new ConcurrentHashMap<>();
    private static final List<String> CREATED = new ArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::dropCreated));
    }

    private TestDatabases() {
    }

    /** {@code url} and {@code user} of the folder's database, created on first use. */
    public static Map<String, String> forFolder(Path folder) {
        return BY_FOLDER.computeIfAbsent(folder.toAbsolutePath().normalize(), TestDatabases::create);
    }

    /** Whether the run's database is PostgreSQL (tests that need several processes on one database check this). */
    public static boolean postgres() {
        String url = System.getenv("ACA_TEST_JDBC_URL");
        return url != null && url.startsWith("jdbc:postgresql:");
    }

    private static Map<String, String> create(Path folder) {
        String server = System.getenv("ACA_TEST_JDBC_URL");
        if (server == null) {
            // the embedded default's durability: commits written at once (see application.properties)
            return Map.of("url", "jdbc:h2:file:" + folder.resolve("db/aca") + ";WRITE_DELAY=0", "user", "sa");
        }
        String user = System.getenv().getOrDefault("ACA_TEST_DB_USER", "postgres");
        String name = "aca_it_" + ProcessHandle.current().pid() + "_" + BY_FOLDER.size() + "_" + Math.abs(folder.hashCode());
        try (Connection c = DriverManager.getConnection(server, user, System.getenv().getOrDefault("ACA_TEST_DB_PASSWORD", ""));
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + name + " on " + server, e);
        }
        synchronized (CREATED) {
            CREATED.add(name);
        }
        return Map.of("url", server.substring(0, server.lastIndexOf('/') + 1) + name, "user", user);
    }

    private static void dropCreated() {
        String server = System.getenv("ACA_TEST_JDBC_URL");
        synchronized (CREATED) {
            if (server == null || CREATED.isEmpty()) {
                return;
            }
            try (Connection c = DriverManager.getConnection(server, System.getenv().getOrDefault("ACA_TEST_DB_USER", "postgres"),
                    System.getenv().getOrDefault("ACA_TEST_DB_PASSWORD", ""));
                    Statement s = c.createStatement()) {
                for (String name : CREATED) {
                    s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                }
            } catch (SQLException e) {
                System.err.println("test databases left behind: " + CREATED + " (" + e.getMessage() + ")");
            }
        }
    }
}
