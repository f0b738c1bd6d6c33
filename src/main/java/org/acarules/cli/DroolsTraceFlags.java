package org.acarules.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Drools decides once, as each of its classes loads, whether its hot paths build trace messages (static
 * {@code IS_LOG_TRACE_ENABLED} flags: {@code SegmentMemory.linkNode} builds the names of every rule a segment feeds).
 * {@link Main} compiles, restores and warms the rules before Quarkus configures logging, while no level is set and
 * trace counts as enabled, so those messages were built, and then dropped at INFO, in every evaluation of the
 * service's life: a tenth of a re-evaluation worker's CPU in a profile (src/bench/BENCHMARKS.md). Setting Drools'
 * level before any of its classes loads fixes the flags off; Quarkus's configuration replaces the level later, which
 * governs the messages Drools logs, but the flags stay as they were fixed.
 */
final class DroolsTraceFlags {
    /** Held so that the level set stays with the logger. */
    private static final Logger DROOLS = Logger.getLogger("org.drools");

    private DroolsTraceFlags() {
    }

    static void off() {
        DROOLS.setLevel(Level.INFO);
    }
}
