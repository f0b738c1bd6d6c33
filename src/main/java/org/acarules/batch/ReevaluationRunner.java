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
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.acarules.engine.Ruleset;
import org.acarules.rulesets.RulesetService;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Works on re-evaluation jobs with the other instances sharing the database: a few worker threads
 * ({@code aca.reevaluation.workers}) each claim a chunk of any running job (oldest job first; see
 * {@link ChunkClaims}), evaluate it and write its results with the chunk's move to done; a heartbeat renews the
 * leases of the chunks in hand. Idle workers look for work every {@code aca.reevaluation.poll-millis} (a job created
 * on another instance, a chunk whose instance died), or at once when a job starts here. Whichever instance finishes
 * a job's last chunk marks the job completed. A chunk this instance held when it died is taken over by another one
 * once its lease ({@code aca.reevaluation.lease-seconds}) expires, or at start-up by this instance when it comes
 * back with the same instance id, so a job continues after a crash from its done chunks.
 */
@ApplicationScoped
public class ReevaluationRunner {
    private static final Logger LOG = Logger.getLogger(ReevaluationRunner.class);
    private static final int CORES = Math.max(1, Runtime.getRuntime().availableProcessors());
    /** Seconds of done chunks the running rate is measured over. */
    private static final int RATE_WINDOW_SECONDS = 30;

    @Inject
    JobStore store;

    @Inject
    ChunkClaims claims;

    @Inject
    ChunkEvaluator evaluator;

    @Inject
    RulesetService rulesets;

    @ConfigProperty(name = "aca.reevaluation.database-check-seconds", defaultValue = "10")
    int databaseCheckSeconds;

    /** Worker threads claiming chunks on this instance; 0: one per core. */
    @ConfigProperty(name = "aca.reevaluation.workers", defaultValue = "0")
    int workerCount;

    @ConfigProperty(name = "aca.reevaluation.lease-seconds", defaultValue = "10")
    int leaseSeconds;

    @ConfigProperty(name = "aca.reevaluation.poll-millis", defaultValue = "1000")
    int pollMillis;

    /** Who holds a chunk, in the database. */
    @Inject
    org.acarules.store.InstanceIdentity identity;

    private String instanceId;
    private ExecutorService workers;
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(daemon("reevaluation-lease"));
    private final ScheduledExecutorService checker = Executors.newSingleThreadScheduledExecutor(daemon("reevaluation-db-check"));
    /** Jobs this instance has taken chunks of (or was told to start), by id. */
    private final Map<Long, Handle> jobs = new ConcurrentHashMap<>();
    /** The chunks in hand, by lease token. */
    private final Map<String, Chunk.Claim> inHand = new ConcurrentHashMap<>();
    /** Tokens of the claims this process makes or holds: from before the claim commits, so none is taken for stale. */
    private final Set<String> ourTokens = ConcurrentHashMap.newKeySet();
    /** Test hook: the first job newer than {@code afterJobId} halts after {@code chunks} committed chunks. */
    private record PendingHalt(long afterJobId, int chunks) {
    }

    private final AtomicReference<PendingHalt> pendingHalt = new AtomicReference<>();
    private final Object wake = new Object();
    private volatile boolean stopping;
    /** Jobs that failed for want of a database while their failure could not be written either. */
    private final Set<Long> unrecordedFailures = ConcurrentHashMap.newKeySet();

    /** A job this instance works on: its versions compiled once, and how to stop working on it. */
    static final class Handle {
        final long id;
        final int haltAfter;
        final AtomicInteger committed = new AtomicInteger();
        final AtomicInteger inFlight = new AtomicInteger();
        volatile Job job;
        volatile Ruleset target;
        volatile Ruleset baseline;
        volatile boolean cancelled;
        /** Test hook: stopped as if the process had died (chunks in hand stay running, unwritten). */
        volatile boolean halted;

        Handle(long id, int haltAfter) {
            this.id = id;
            this.haltAfter = haltAfter;
        }

        synchronized void load(JobStore store, RulesetService rulesets) {
            if (job == null) {
                Job found = store.find(id).orElseThrow();
                target = rulesets.compiled(found.rulesetVersion());
                baseline = rulesets.compiled(found.compareTo());
                job = found;
            }
        }

        boolean stopped() {
            return cancelled || halted;
        }
    }

    void begin(@Observes StartupEvent event) {
        instanceId = identity.id();
        int threads = workerCount > 0 ? workerCount : CORES;
        LOG.infof("re-evaluation: instance %s, %d workers, leases of %d s", instanceId, threads, leaseSeconds);
        resumeRunning();
        workers = Executors.newFixedThreadPool(threads, daemon("reevaluation-worker"));
        for (int i = 0; i < threads; i++) {
            workers.submit(this::work);
        }
        long beat = Math.max(200, leaseSeconds * 1000L / 3);
        heartbeat.scheduleWithFixedDelay(this::renewLeases, beat, beat, TimeUnit.MILLISECONDS);
        if (databaseCheckSeconds > 0) {
            checker.scheduleWithFixedDelay(this::resumeAfterDatabaseLoss, databaseCheckSeconds, databaseCheckSeconds,
                    TimeUnit.SECONDS);
        }
    }

    void stop(@Observes ShutdownEvent event) {
        // chunks in hand stay "running" in the database: taken again once their leases expire, or at once by this
        // instance id's next start
        stopping = true;
        jobs.values().forEach(h -> h.halted = true);
        checker.shutdownNow();
        heartbeat.shutdownNow();
        if (workers != null) {
            workers.shutdownNow();
        }
    }

    public String instanceId() {
        return instanceId;
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
                if (store.transition(id, Job.FAILED, Job.RUNNING, null, null)) {
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
        // the job's status is read by callers: it says what happened in words and carries an id for the log, never a
        // Java class or an exception's message (which may quote a household)
        String errorId = java.util.UUID.randomUUID().toString();
        String reason;
        if (lost) {
            LOG.errorf("re-evaluation %d failed: the database did not answer (%s); it resumes when it answers again", id,
                    t.getClass().getSimpleName());
            reason = "the database did not answer; the job resumes when it answers again";
        } else {
            LOG.errorf(t, "re-evaluation %d failed: error id %s", id, errorId);
            reason = "internal error; quote error id " + errorId;
        }
        try {
            store.transition(id, Job.RUNNING, Job.FAILED, reason, kind);
        } catch (RuntimeException e) {
            if (!databaseLost(e)) {
                throw e;
            }
            unrecordedFailures.add(id); // still "running" in the database: recorded and resumed by the check
        }
    }

    /**
     * Takes up again every job the database says is running (at start-up; after a halt in tests): chunks this
     * instance id holds in the database but not in hand (its life before a crash) are given back at once, and jobs
     * created before chunks had rows get them.
     */
    public void resumeRunning() {
        for (long id : store.runningIds()) {
            if (!drives(id)) {
                LOG.infof("re-evaluation %d resumes from its last checkpoint", id);
                store.find(id).ifPresent(store::addMissingChunks);
                start(id);
            }
        }
    }

    private void releaseStaleClaims() {
        for (Chunk.Claim stale : claims.heldBy(instanceId)) {
            if (!ourTokens.contains(stale.token()) && claims.release(stale)) {
                LOG.infof("re-evaluation %d: chunk %d, held by this instance before, is free again", stale.jobId(), stale.chunkNo());
            }
        }
    }

    /** Works on the job here (again, if this instance had halted or cancelled it) and wakes the idle workers. */
    void start(long id) {
        // a chunk still in flight on the old handle sees it stopped and gives its chunk back
        jobs.computeIfPresent(id, (k, h) -> h.stopped() ? null : h);
        jobs.computeIfAbsent(id, k -> new Handle(k, haltFor(k)));
        releaseStaleClaims();
        synchronized (wake) {
            wake.notifyAll();
        }
    }

    private Handle handle(long id) {
        return jobs.computeIfAbsent(id, k -> new Handle(k, haltFor(k)));
    }

    /**
     * The test hook's halt, for the first job created after it was set, whichever comes first to work on it: the
     * request that started it or a worker polling the database (a worker can see the new job before the request
     * hands it over). A job another test left running is older, so it never takes the halt.
     */
    private int haltFor(long id) {
        PendingHalt halt = pendingHalt.get();
        if (halt != null && id > halt.afterJobId() && pendingHalt.compareAndSet(halt, null)) {
            return halt.chunks();
        }
        return -1;
    }

    void cancel(long id) {
        Handle handle = jobs.get(id);
        if (handle != null) {
            handle.cancelled = true;
        }
    }

    /**
     * Whether this instance works on the job now (a halted job: until its chunks in hand are dropped; a job cancelled
     * here: no longer, so that resuming it starts it again).
     */
    public boolean drives(long id) {
        Handle handle = jobs.get(id);
        return handle != null && !handle.cancelled && !(handle.halted && handle.inFlight.get() == 0);
    }

    /**
     * Test hook: the next job started on this instance stops after {@code chunks} committed chunks here as if the
     * process had died: no more chunks are committed and the job stays "running" in the database.
     */
    public void haltNextJobAfterChunks(int chunks) {
        pendingHalt.set(new PendingHalt(store.newestId(), chunks));
    }

    /** A worker: claims a chunk of any running job, evaluates and writes it; waits a poll interval when none is free. */
    private void work() {
        while (!stopping && !Thread.currentThread().isInterrupted()) {
            try {
                Chunk.Claim claim = claimNext();
                if (claim != null) {
                    runChunk(claim);
                    continue;
                }
            } catch (RuntimeException e) {
                LOG.debugf("re-evaluation worker: %s", e.getClass().getSimpleName()); // the database check reports outages
            }
            try {
                synchronized (wake) {
                    wake.wait(pollMillis);
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private Chunk.Claim claimNext() {
        List<Long> running = store.runningIds();
        jobs.entrySet().removeIf(e -> !running.contains(e.getKey()) && e.getValue().inFlight.get() == 0);
        for (long id : running) {
            Handle handle = jobs.get(id);
            if (handle != null && handle.stopped()) {
                continue;
            }
            // compile the job's versions before taking a chunk: a chunk is held only while it is being evaluated
            try {
                handle(id).load(store, rulesets);
            } catch (RuntimeException e) {
                fail(id, e); // a version that no longer compiles: the job fails here as it did when a chunk ran
                continue;
            }
            for (int tries = 0; tries < 3; tries++) {
                String token = UUID.randomUUID().toString();
                ourTokens.add(token); // kept until runChunk has written or dropped the chunk
                Optional<Chunk.Claim> claim = Optional.empty();
                try {
                    claim = claims.claim(id, instanceId, leaseSeconds, token);
                } finally {
                    if (claim.isEmpty()) {
                        ourTokens.remove(token);
                    }
                }
                if (claim.isPresent()) {
                    return claim.get();
                }
            }
        }
        return null;
    }

    private void runChunk(Chunk.Claim claim) {
        Handle handle = handle(claim.jobId());
        handle.inFlight.incrementAndGet();
        inHand.put(claim.token(), claim);
        try {
            if (claim.attempts() > 1) {
                LOG.infof("re-evaluation %d: chunk %d taken again (claim %d)", claim.jobId(), claim.chunkNo(), claim.attempts());
            }
            ChunkResult result = evaluator.evaluate(handle.job, claim.chunkNo(), handle.target, handle.baseline);
            if (handle.halted) {
                return; // a (simulated) crash: the chunk stays running and unwritten
            }
            if (!handle.cancelled && store.commit(handle.job, result, claim)) {
                if (handle.haltAfter >= 0 && handle.committed.incrementAndGet() >= handle.haltAfter) {
                    handle.halted = true;
                }
                if (store.complete(handle.job)) {
                    LOG.infof("re-evaluation %d completed", claim.jobId());
                }
            } else {
                claims.release(claim); // the job stopped, or the chunk was taken over: give it back if still ours
            }
        } catch (Throwable t) {
            fail(claim.jobId(), t);
            try {
                claims.release(claim);
            } catch (RuntimeException e) {
                LOG.debugf("re-evaluation %d: chunk %d not released (%s); its lease expires", claim.jobId(), claim.chunkNo(),
                        e.getClass().getSimpleName());
            }
        } finally {
            inHand.remove(claim.token());
            ourTokens.remove(claim.token());
            handle.inFlight.decrementAndGet();
        }
    }

    /** The heartbeat: extends the leases of the chunks in hand (not of a halted job's: that instance "died"). */
    private void renewLeases() {
        for (Chunk.Claim claim : List.copyOf(inHand.values())) {
            Handle handle = jobs.get(claim.jobId());
            if (handle != null && handle.halted) {
                continue;
            }
            try {
                if (!claims.renew(claim, leaseSeconds) && inHand.containsKey(claim.token())) {
                    LOG.warnf("re-evaluation %d: chunk %d was taken over (its lease expired); its results here are dropped",
                            claim.jobId(), claim.chunkNo());
                }
            } catch (RuntimeException e) {
                LOG.debugf("lease renewal: %s", e.getClass().getSimpleName());
            }
        }
    }

    /** Applicants a second over the job's recent chunks, whichever instances did them. */
    Double rate(Job job) {
        return store.rate(job, RATE_WINDOW_SECONDS);
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
