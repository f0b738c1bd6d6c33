package org.acarules.bench;

import java.util.logging.Level;
import org.jboss.logmanager.LogContext;

/**
 * Logging at INFO in a benchmark JVM, as the service runs (quarkus.log.level). Without a Quarkus start-up the JBoss
 * log manager has no level set and Drools' trace logging of its network evaluation runs at every step: the first
 * JMH run spent most of its time formatting trace messages nobody reads.
 */
public final class BenchLogging {
    private BenchLogging() {
    }

    public static void asInTheService() {
        LogContext.getLogContext().getLogger("").setLevel(Level.INFO);
        java.util.logging.Logger.getLogger("").setLevel(Level.INFO);
    }
}
