package org.acarules.pool.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.acarules.applicants.ApplicantNotFoundException;
import org.acarules.pool.HouseholdProgress;
import org.acarules.pool.projection.Projection;
import org.acarules.pool.projection.ProjectionRequest;
import org.acarules.pool.projection.ProjectionService;
import org.acarules.pool.statistics.PoolStatisticsService;
import org.acarules.pool.statistics.StatisticsRequest;
import org.acarules.requests.InvalidRequestException;
import org.acarules.store.InstanceIdentity;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Pool statistics and projections over the stored population as jobs: the request is checked at once (400 naming
 * each field, as the synchronous endpoints do), then the instance that accepted it runs the same code as the
 * synchronous endpoint on a worker thread, writing the households evaluated to the database as it goes (at most
 * every half second) and, at the end, the very answer the synchronous endpoint would give. While it runs, the
 * instance beats a heartbeat every few seconds; a job whose heartbeat stops for {@code aca.pool.jobs.abandoned-after}
 * (its instance stopped) is failed by the next reader, on any instance. A job is not resumed elsewhere: the work is
 * one pass over the population, started again in a click.
 */
@ApplicationScoped
public class PoolJobService {
    private static final Logger LOG = Logger.getLogger(PoolJobService.class);
    private static final long WRITE_EVERY_NANOS = 500_000_000L;

    @Inject
    PoolJobStore store;

    @Inject
    PoolStatisticsService statistics;

    @Inject
    ProjectionService projections;

    @Inject
    InstanceIdentity identity;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "aca.pool.jobs.threads", defaultValue = "2")
    int threads;

    @ConfigProperty(name = "aca.pool.jobs.abandoned-after", defaultValue = "60")
    int abandonedAfterSeconds;

    private final Set<Long> mine = ConcurrentHashMap.newKeySet();
    private ExecutorService workers;
    private ScheduledExecutorService heartbeat;

    void start(@Observes StartupEvent event) {
        workers = Executors.newFixedThreadPool(Math.max(1, threads), daemon("pool-job"));
        heartbeat = Executors.newSingleThreadScheduledExecutor(daemon("pool-job-heartbeat"));
        long every = Math.max(1, abandonedAfterSeconds / 6);
        heartbeat.scheduleWithFixedDelay(() -> {
            try {
                if (!mine.isEmpty()) {
                    store.heartbeat(List.copyOf(mine));
                }
            } catch (RuntimeException e) { // the database away: the next beat tries again
                LOG.debugf("pool job heartbeat: %s", e.getClass().getSimpleName());
            }
        }, every, every, TimeUnit.SECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (heartbeat != null) {
            heartbeat.shutdownNow();
        }
        if (workers != null) {
            workers.shutdownNow();
        }
        try {
            if (!mine.isEmpty()) {
                store.failOwnedBy(identity.id(), "stopped: the instance running it shut down; start it again");
            }
        } catch (RuntimeException e) {
            LOG.debugf("pool jobs at shutdown: %s", e.getClass().getSimpleName());
        }
    }

    /** Checks the request (400 at once), stores a running job and starts it. */
    public PoolJobStatus startStatistics(StatisticsRequest request) {
        if (request == null) {
            throw new InvalidRequestException("", "a JSON body is required ({} for every default)");
        }
        PoolStatisticsService.Checked checked = statistics.check(request.rulesetVersion(), request.year(), request.state());
        PoolJob job = store.create(PoolJob.STATISTICS, write(request), checked.rulesetVersion(), checked.households(), identity.id());
        run(job, progress -> statistics.statistics(checked.rulesetVersion(), request.year(), request.state(), progress));
        return PoolJobStatus.of(job);
    }

    /** Checks the request (400 at once), stores a running job and starts it. */
    public PoolJobStatus startProjection(ProjectionRequest request) {
        if (request == null) {
            throw new InvalidRequestException("", "a JSON body is required ({} for every default)");
        }
        ProjectionService.Checked checked = projections.check(request);
        String version = checked.ruleset().version();
        // the version the check resolved ("active" now), so that an activation meanwhile does not change the answer
        ProjectionRequest pinned = new ProjectionRequest(version, request.year(), request.state(), request.years(), request.seed(),
                request.scenarios(), request.parameters());
        PoolJob job = store.create(PoolJob.PROJECTION, write(request), version, checked.households(), identity.id());
        run(job, progress -> projections.project(pinned, progress));
        return PoolJobStatus.of(job);
    }

    public PoolJobStatus status(String kind, long id) {
        return PoolJobStatus.of(job(kind, id));
    }

    /** A job of either kind. */
    public PoolJobStatus status(long id) {
        store.failAbandoned(abandonedAfterSeconds);
        return PoolJobStatus.of(store.find(id).orElseThrow(() -> new ApplicantNotFoundException("pool job", id)));
    }

    /** A completed job's result read back as {@code type} (PoolStatistics or Projection). */
    public <T> T result(PoolJobStatus job, Class<T> type) {
        try {
            return json.readValue(job.result(), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("pool job " + job.id() + ": its stored result does not read back", e);
        }
    }

    /** The newest jobs of a kind (null: both), newest first. */
    public List<PoolJobStatus> recent(String kind, int limit) {
        store.failAbandoned(abandonedAfterSeconds);
        return store.recent(kind, limit).stream().map(PoolJobStatus::of).toList();
    }

    /** A completed projection job's projection (for its charts); 404 while it is not completed. */
    public Projection projection(long id) {
        PoolJob job = job(PoolJob.PROJECTION, id);
        if (!PoolJob.COMPLETED.equals(job.status())) {
            throw new ApplicantNotFoundException("completed projection job", id);
        }
        try {
            return json.readValue(job.result(), Projection.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("projection job " + id + ": its stored result does not read back", e);
        }
    }

    private PoolJob job(String kind, long id) {
        store.failAbandoned(abandonedAfterSeconds);
        return store.find(id).filter(j -> j.kind().equals(kind))
                .orElseThrow(() -> new ApplicantNotFoundException(kind + " job", id));
    }

    private void run(PoolJob job, Function<HouseholdProgress, Object> work) {
        mine.add(job.id());
        workers.execute(() -> {
            try {
                if (!store.started(job.id())) {
                    return;
                }
                Writer progress = new Writer(job.id());
                Object result = work.apply(progress);
                if (store.complete(job.id(), progress.done, write(result))) {
                    LOG.infof("pool %s job %d completed: %d households", job.kind(), job.id(), progress.done);
                }
            } catch (InvalidRequestException e) { // the population changed since the check (e.g. deleted)
                store.fail(job.id(), e.errors().isEmpty() ? "refused" : e.errors().get(0).field() + ": " + e.errors().get(0).message());
            } catch (RuntimeException e) {
                LOG.errorf(e, "pool %s job %d failed", job.kind(), job.id());
                store.fail(job.id(), "failed: " + e.getClass().getSimpleName() + " (the log has the details under job " + job.id() + ")");
            } finally {
                mine.remove(job.id());
            }
        });
    }

    /** Writes the households evaluated at most every half second, and the phase at once. */
    private final class Writer implements HouseholdProgress {
        private final long id;
        private long done;
        private long writtenAt = System.nanoTime();

        Writer(long id) {
            this.id = id;
        }

        @Override
        public void evaluated(long households) {
            done = households;
            if (System.nanoTime() - writtenAt >= WRITE_EVERY_NANOS) {
                store.progress(id, households);
                writtenAt = System.nanoTime();
            }
        }

        @Override
        public void phase(String what) {
            store.progress(id, done);
            store.phase(id, what);
            writtenAt = System.nanoTime();
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not writable as JSON: " + value.getClass().getSimpleName(), e);
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            // Drools loads fact classes through the context class loader: the application's
            t.setContextClassLoader(PoolJobService.class.getClassLoader());
            return t;
        };
    }
}
