package org.acarules.engine;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.kie.api.runtime.KieSession;

/**
 * Halts one evaluation's session once its deadline has passed. Drools stops between firings, so a halt ends a long
 * chain of firings (loops inside one firing are refused when a draft is validated). One watchdog thread looks at the
 * running evaluations every {@value #TICK_MILLIS} ms (an evaluation only joins and leaves a set, which costs far less
 * than scheduling a task each), and halts again at every look until the evaluation notices: a halt sent while the
 * session is still inserting facts would otherwise be lost. {@link #stop()} and the halt share a lock, so a session
 * handed back to the pool is never halted afterwards.
 */
final class Deadline {
    private static final long TICK_MILLIS = 10;
    private static final Set<Deadline> RUNNING = ConcurrentHashMap.newKeySet();
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "evaluation-deadline");
        thread.setDaemon(true);
        return thread;
    });

    static {
        WATCHDOG.scheduleWithFixedDelay(Deadline::sweep, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    private final KieSession session;
    private final long due;
    private boolean running = true;
    private boolean expired;

    private Deadline(KieSession session, long due) {
        this.session = session;
        this.due = due;
    }

    static Deadline start(KieSession session, Duration limit) {
        Deadline deadline = new Deadline(session, System.nanoTime() + limit.toNanos());
        RUNNING.add(deadline);
        return deadline;
    }

    private static void sweep() {
        long now = System.nanoTime();
        for (Deadline deadline : RUNNING) {
            if (now - deadline.due >= 0) {
                deadline.halt();
            }
        }
    }

    private synchronized void halt() {
        if (running) {
            expired = true;
            session.halt();
        }
    }

    /** Ends the watch (again is harmless); true when the deadline had passed and the session was halted. */
    synchronized boolean stop() {
        running = false;
        RUNNING.remove(this);
        return expired;
    }
}
