package org.acarules.bench.harness;

import java.nio.file.Path;
import java.util.List;

/**
 * A group of measurements the harness runs and tabulates (engine, rest, batch, startup, ...). Suites run one at a
 * time on a quiet machine; each starts and stops what it needs (a packaged service, a database) itself.
 */
public interface BenchmarkSuite {
    /** Short id used to select suites on the command line, e.g. {@code engine}. */
    String id();

    /**
     * Runs the measurements.
     *
     * @param projectDir the repository root (rules/, benefit-definitions/, target/quarkus-app/ are under it)
     * @param workDir a scratch directory of this suite's own under target/bench/
     */
    List<Figure> run(Path projectDir, Path workDir) throws Exception;
}
