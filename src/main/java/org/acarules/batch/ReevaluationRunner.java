package org.acarules.batch;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.acarules.engine.Ruleset;
import org.acarules.rulesets.RulesetService;
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

    /** A job driven by this process: to stop it, and for its rate. */
    static final class Handle {
        final long startNanos = System.nanoTime();
        final AtomicLong processedHere = new AtomicLong();
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
    }

    void stop(@Observes ShutdownEvent event) {
        running.values().forEach(h -> h.halted = true); // the job stays "running" in the database and resumes on the next start
        drivers.shutdownNow();
        workers.shutdownNow();
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
                Throwable t = failure.get();
                LOG.errorf(t, "re-evaluation %d failed", id);
                store.transition(id, Job.RUNNING, Job.FAILED, t.getClass().getSimpleName() + ": " + t.getMessage());
            } else if (!handle.cancelled && store.complete(job)) {
                LOG.infof("re-evaluation %d completed", id);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.errorf(e, "re-evaluation %d failed", id);
            store.transition(id, Job.RUNNING, Job.FAILED, e.getClass().getSimpleName() + ": " + e.getMessage());
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
