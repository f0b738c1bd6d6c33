package org.acarules.batch;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.acarules.engine.Ruleset;
import org.acarules.rulesets.RulesetService;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Runs re-evaluation jobs: one driver thread per job hands its chunks, in id order, to a pool of one worker
 * per core, keeping a few chunks in flight. Chunks whose checkpoint exists are skipped, so starting a job
 * again (after a crash, on start-up) continues where it stopped.
 */
@ApplicationScoped
public class ReevaluationRunner {
    private static final Logger LOG = Logger.getLogger(ReevaluationRunner.class);
    private static final int CORES = Math.max(1, Runtime.getRuntime().availableProcessors());

    @Inject
    JobStore store;

    @Inject
    ChunkEvaluator evaluator;

    @Inject
    RulesetService rulesets;

    private final ExecutorService workers = Executors.newFixedThreadPool(CORES, daemon("reevaluation-worker"));
    private final ExecutorService drivers = Executors.newCachedThreadPool(daemon("reevaluation-driver"));
    private final Map<Long, Handle> running = new ConcurrentHashMap<>();
    private final AtomicInteger haltNextAfterChunks = new AtomicInteger(-1);
    private final ScheduledExecutorService checker = Executors.newSingleThreadScheduledExecutor(daemon("reevaluation-db-check"));
    /** Jobs that failed for want of a database while their failure could not be written either. */
    private final Set<Long> unrecordedFailures = ConcurrentHashMap.newKeySet();

    @ConfigProperty(name = "aca.reevaluation.database-check-seconds", defaultValue = "10")
    int databaseCheckSeconds;

    /** A job driven by this process: to stop it, and for its rate. */
    static final class Handle {
        final long startNanos = System.nanoTime();
        final AtomicLong processedHere = new AtomicLong();
        final AtomicLong reused = new AtomicLong();
        volatile boolean cancelled;
        volatile boolean halted;
        int haltAfter = -1;
        final AtomicInteger committed = new AtomicInteger();
        Future<?> driver;

        boolean stopped() {
            return cancelled || halted;
        }
    }

    void resumeOnStart(@Observes StartupEvent event) {
        resumeRunning();
        if (databaseCheckSeconds > 0) {
            checker.scheduleWithFixedDelay(this::resumeAfterDatabaseLoss, databaseCheckSeconds, databaseCheckSeconds,
                    TimeUnit.SECONDS);
        }
    }

    void stop(@Observes ShutdownEvent event) {
        running.values().forEach(h -> h.halted = true); // the job stays "running" in the database and resumes on the next start
        checker.shutdownNow();
        drivers.shutdownNow();
        workers.shutdownNow();
    }

    /**
     * The scheduled check (every {@code aca.reevaluation.database-check-seconds}): once the database answers again,
     * records the failures that could not be written while it was away and resumes every job that failed because the
     * database went away (failure_kind "database"), from its checkpoints. Returns the jobs it resumed.
     */
    public List<Long> resumeAfterDatabaseLoss() {
        try {
            if (!store.answers()) {
                return List.of();
            }
            for (Long id : List.copyOf(unrecordedFailures)) {
                store.transition(id, Job.RUNNING, Job.FAILED, "the database did not answer", Job.FAILURE_DATABASE);
                unrecordedFailures.remove(id);
            }
            List<Long> resumed = new ArrayList<>();
            for (long id : store.failedIds(Job.FAILURE_DATABASE)) {
                if (!running.containsKey(id) && store.transition(id, Job.FAILED, Job.RUNNING, null, null)) {
                    LOG.infof("re-evaluation %d resumes from its last checkpoint: the database answers again", id);
                    start(id);
                    resumed.add(id);
                }
            }
            return resumed;
        } catch (RuntimeException e) {
            LOG.debugf("database check: %s", e.getClass().getSimpleName());
            return List.of();
        }
    }

    /** Whether {@code t} (or a cause) says the database went away: a lost or refused connection, a pool with none. */
    static boolean databaseLost(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLTransientConnectionException || c instanceof SQLNonTransientConnectionException
                    || c instanceof SQLRecoverableException) {
                return true;
            }
            if (c instanceof SQLException sql) {
                String state = sql.getSQLState();
                // 08: connection exception (SQL standard); 57P01-03: PostgreSQL shut down or terminated the connection;
                // 90067, 90098, 90121: H2's connection broken, database closed, database closed at shutdown
                if (state != null && (state.startsWith("08") || state.startsWith("57P") || state.equals("90067")
                        || state.equals("90098") || state.equals("90121"))) {
                    return true;
                }
                if (sql.getMessage() != null && sql.getMessage().contains("Acquisition timeout")) {
                    return true; // Agroal: no connection could be had
                }
            }
        }
        return false;
    }

    private void fail(long id, Throwable t) {
        boolean lost = databaseLost(t);
        String kind = lost ? Job.FAILURE_DATABASE : Job.FAILURE_ERROR;
        if (lost) {
            LOG.errorf("re-evaluation %d failed: the database did not answer (%s); it resumes when it answers again", id,
                    t.getClass().getSimpleName());
        } else {
            LOG.errorf(t, "re-evaluation %d failed", id);
        }
        try {
            store.transition(id, Job.RUNNING, Job.FAILED, t.getClass().getSimpleName() + ": " + t.getMessage(), kind);
        } catch (RuntimeException e) {
            if (!databaseLost(e)) {
                throw e;
            }
            unrecordedFailures.add(id); // still "running" in the database: recorded and resumed by the check
        }
    }

    /** Starts every job the database says is running and this process does not drive (after a crash or restart). */
    public void resumeRunning() {
        for (long id : store.runningIds()) {
            if (!running.containsKey(id)) {
                LOG.infof("re-evaluation %d resumes from its last checkpoint", id);
                start(id);
            }
        }
    }

    void start(long id) {
        Handle handle = new Handle();
        handle.haltAfter = haltNextAfterChunks.getAndSet(-1);
        if (running.putIfAbsent(id, handle) != null) {
            return;
        }
        handle.driver = drivers.submit(() -> drive(id, handle));
    }

    void cancel(long id) {
        Handle handle = running.get(id);
        if (handle != null) {
            handle.cancelled = true;
        }
    }

    /** Applicants per second this process has evaluated for the job, or null when it does not drive it. */
    Double rate(long id) {
        Handle handle = running.get(id);
        if (handle == null) {
            return null;
        }
        double seconds = (System.nanoTime() - handle.startNanos) / 1e9;
        return seconds <= 0 ? null : handle.processedHere.get() / seconds;
    }

    public boolean drives(long id) {
        return running.containsKey(id);
    }

    /**
     * Test hook: the next job started stops after {@code chunks} committed chunks as if the process had died:
     * no more chunks are committed and the job stays "running" in the database.
     */
    public void haltNextJobAfterChunks(int chunks) {
        haltNextAfterChunks.set(chunks);
    }

    private void drive(long id, Handle handle) {
        try {
            Job job = store.find(id).orElseThrow();
            Ruleset target = rulesets.compiled(job.rulesetVersion());
            Ruleset baseline = rulesets.compiled(job.compareTo());
            Set<Long> done = store.doneChunks(id);
            Semaphore inFlight = new Semaphore(CORES * 2);
            AtomicReference<Throwable> failure = new AtomicReference<>();
            List<Future<?>> chunks = new ArrayList<>();
            for (long chunk = 0; chunk < job.chunkCount(); chunk++) {
                if (done.contains(chunk)) {
                    continue;
                }
                inFlight.acquire();
                if (handle.stopped() || failure.get() != null) {
                    inFlight.release();
                    break;
                }
                long n = chunk;
                chunks.add(workers.submit(() -> {
                    try {
                        runChunk(job, n, target, baseline, handle);
                    } catch (Throwable t) {
                        failure.compareAndSet(null, t);
                    } finally {
                        inFlight.release();
                    }
                }));
            }
            for (Future<?> chunk : chunks) {
                chunk.get();
            }
            if (handle.halted) {
                LOG.infof("re-evaluation %d halted; it resumes from its last checkpoint", id);
            } else if (failure.get() != null) {
                fail(id, failure.get());
            } else if (!handle.cancelled && store.complete(job)) {
                LOG.infof("re-evaluation %d completed (%d compare_to answers read from stored decisions)", id,
                        handle.reused.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            try {
                fail(id, e);
            } catch (RuntimeException again) {
                LOG.errorf(again, "re-evaluation %d: its failure could not be recorded", id);
            }
        } finally {
            running.remove(id, handle);
        }
    }

    private void runChunk(Job job, long chunk, Ruleset target, Ruleset baseline, Handle handle) {
        if (handle.stopped()) {
            return;
        }
        ChunkResult result = evaluator.evaluate(job, chunk, target, baseline);
        if (handle.stopped()) {
            return; // a cancel or a (simulated) crash: this chunk's results are not written
        }
        if (store.commit(job, result)) {
            handle.processedHere.addAndGet(result.processed());
            handle.reused.addAndGet(result.reusedBaseline());
            int committed = handle.committed.incrementAndGet();
            if (handle.haltAfter >= 0 && committed >= handle.haltAfter) {
                handle.halted = true;
            }
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            // Drools compiles and loads fact classes through the context class loader: the application's
            t.setContextClassLoader(ReevaluationRunner.class.getClassLoader());
            return t;
        };
    }
}
