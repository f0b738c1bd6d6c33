package org.acarules.batch;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Re-evaluation job progress at /q/metrics, read from what the job table already records (so every instance of a
 * fleet reports the same figures): running jobs, their households processed and to process, changes, errors, and
 * their throughput since they started. Read once per scrape (cached for a second), from the database.
 */
@ApplicationScoped
public class JobMetrics {
    private static final long CACHE_NANOS = 1_000_000_000L;

    @Inject
    JobStore store;

    @Inject
    MeterRegistry registry;

    private List<Job> running = List.of();
    private long readAt;

    void register(@Observes StartupEvent event) {
        gauge("aca.reevaluation.jobs.running", "Re-evaluation jobs running", jobs -> jobs.size());
        gauge("aca.reevaluation.households.processed", "Households processed by the running jobs",
                jobs -> jobs.stream().mapToLong(Job::processed).sum());
        gauge("aca.reevaluation.households.total", "Households the running jobs cover",
                jobs -> jobs.stream().mapToLong(Job::total).sum());
        gauge("aca.reevaluation.households.changed", "Households whose answer changed, in the running jobs",
                jobs -> jobs.stream().mapToLong(Job::changed).sum());
        gauge("aca.reevaluation.households.errors", "Households that could not be evaluated, in the running jobs",
                jobs -> jobs.stream().mapToLong(Job::errors).sum());
        gauge("aca.reevaluation.households.per.second", "Households a second, running jobs since they started",
                jobs -> jobs.stream().mapToDouble(JobMetrics::throughput).sum());
    }

    private void gauge(String name, String description, ToDoubleFunction<List<Job>> value) {
        Gauge.builder(name, this, metrics -> {
            try {
                return value.applyAsDouble(metrics.running());
            } catch (RuntimeException databaseAway) {
                return Double.NaN; // the scrape goes on; the datasource health check says why
            }
        }).description(description).register(registry);
    }

    private synchronized List<Job> running() {
        if (System.nanoTime() - readAt > CACHE_NANOS) {
            running = store.inTransaction(c -> JobStore.query(c, "select * from reevaluation where status = ?", Job.RUNNING));
            readAt = System.nanoTime();
        }
        return running;
    }

    private static double throughput(Job job) {
        if (job.startedAt() == null) {
            return 0;
        }
        double seconds = Duration.between(job.startedAt(), OffsetDateTime.now()).toMillis() / 1000.0;
        return seconds <= 0 ? 0 : job.processed() / seconds;
    }
}
