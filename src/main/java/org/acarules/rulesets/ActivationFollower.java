package org.acarules.rulesets;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Keeps this instance on the version the database names active, whichever instance activated it: a periodic check
 * of the highest activation sequence (every {@code aca.rulesets.check-interval-ms}; the only way on H2), and on
 * PostgreSQL a LISTEN on {@link ActivationLedger#CHANNEL} over a connection of its own, so an activation is followed
 * as soon as it commits. The LISTEN connection is opened again (and LISTEN repeated) after any failure; the periodic
 * check covers what was announced while it was away. A draft stored on another instance is announced too and
 * compiled here ahead (as a recent draft), so following its activation is a swap rather than a compile.
 */
@ApplicationScoped
public class ActivationFollower {
    private static final Logger LOG = Logger.getLogger(ActivationFollower.class);

    @Inject
    RulesetService rulesets;

    @Inject
    ActivationLedger ledger;

    @Inject
    FleetPreparation fleet;

    @ConfigProperty(name = "aca.rulesets.check-interval-ms", defaultValue = "1000")
    long checkIntervalMillis;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> user;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    private ScheduledExecutorService checks;
    /** Compiles announced drafts ahead, one at a time, apart from the checks so a follow never waits behind it. */
    private ExecutorService drafts;
    private Thread listener;
    private volatile boolean stopped;
    private volatile Connection listening;

    /** Starts following (once start-up has chosen the version to serve). */
    void start() {
        aliveQuietly(true);
        checks = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "ruleset-follower"));
        checks.scheduleWithFixedDelay(this::catchUp, checkIntervalMillis, checkIntervalMillis, TimeUnit.MILLISECONDS);
        if (ledger.isPostgres()) {
            drafts = Executors.newSingleThreadExecutor(r -> daemon(r, "ruleset-draft-compiler"));
            listener = daemon(this::listen, "ruleset-listener");
            listener.start();
        }
    }

    void stop(@Observes ShutdownEvent event) {
        stopped = true;
        if (checks != null) {
            checks.shutdownNow();
            try {
                fleet.left();
            } catch (RuntimeException e) { // the database away: the others stop waiting for it after a few checks
                LOG.debugf("could not record leaving the fleet: %s", e.getMessage());
            }
        }
        if (listener != null) {
            drafts.shutdownNow();
            listener.interrupt();
            closeQuietly(listening);
        }
    }

    /** Tells the other instances this one is alive, so an activation waits until this one has compiled it. */
    private void aliveQuietly(boolean joining) {
        try {
            String serving = rulesets.served().version();
            if (joining) {
                fleet.joined(serving);
            } else {
                fleet.alive(serving);
            }
        } catch (RuntimeException e) { // the database away: the activations stop waiting for this one meanwhile
            LOG.debugf("could not report this instance alive: %s", e.getMessage());
        }
    }

    private void catchUp() {
        aliveQuietly(false);
        try {
            rulesets.catchUp();
        } catch (RuntimeException e) { // the database away, a version that no longer compiles: readiness says so
            LOG.warnf("could not follow the active ruleset version: %s", e.getMessage());
        }
    }

    private void prepare(String version) {
        try {
            rulesets.prepare(version);
        } catch (RuntimeException e) { // only a head start is lost: the activation compiles it if it comes
            LOG.debugf("draft %s not compiled ahead: %s", version, e.getMessage());
        }
    }

    private void listen() {
        boolean warned = false;
        while (!stopped) {
            try (Connection connection = DriverManager.getConnection(jdbcUrl, user.orElse(null), password.orElse(null))) {
                listening = connection;
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + ActivationLedger.CHANNEL);
                    statement.execute("LISTEN " + ActivationLedger.DRAFTS);
                }
                if (warned) {
                    LOG.infof("listening for ruleset activations again");
                    warned = false;
                }
                checks.execute(this::catchUp); // whatever was announced while not listening
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (!stopped) {
                    PGNotification[] notifications = pg.getNotifications(5_000);
                    if (notifications != null && notifications.length > 0) {
                        for (PGNotification notification : notifications) {
                            if (notification.getName().equals(ActivationLedger.DRAFTS)) {
                                drafts.execute(() -> prepare(notification.getParameter()));
                            } else {
                                checks.execute(this::catchUp);
                            }
                        }
                    } else {
                        try (Statement alive = connection.createStatement()) {
                            alive.execute("select 1"); // a connection the server dropped fails here and is opened again
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (stopped) {
                    return;
                }
                if (!warned) {
                    LOG.warnf("not listening for ruleset activations (the periodic check goes on): %s", e.getMessage());
                    warned = true;
                }
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.setContextClassLoader(ActivationFollower.class.getClassLoader()); // Drools compiles on it (STACK.md)
        return thread;
    }

    private static void closeQuietly(Connection connection) {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException ignored) {
            // closing only to wake the listener
        }
    }
}
