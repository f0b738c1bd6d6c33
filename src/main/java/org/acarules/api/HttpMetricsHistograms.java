package org.acarules.api;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Request latency as a histogram (http_server_requests_seconds_bucket, by endpoint, method and status), so p95/p99
 * can be computed across a fleet (histogram_quantile) in Prometheus; client-side percentiles could not be added up across instances.
 */
public class HttpMetricsHistograms {
    /** Bucket bounds in nanoseconds, 1 ms to 30 s: a dozen buckets a series rather than Micrometer's seventy. */
    private static final double[] BUCKETS = java.util.stream.DoubleStream.of(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1,
            0.25, 0.5, 1, 2.5, 5, 10, 30).map(seconds -> seconds * 1e9).toArray();

    @Produces
    @Singleton
    MeterFilter requestLatencyHistogram() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (id.getName().equals("http.server.requests")) {
                    return DistributionStatisticConfig.builder().serviceLevelObjectives(BUCKETS).build().merge(config);
                }
                return config;
            }
        };
    }
}
