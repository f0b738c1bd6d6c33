package org.acarules.pool;

/**
 * Told by statistics and projections as they go: after each stored household evaluated (however it came out), and
 * when the projection moves from evaluating households to projecting years. A job writes it down; the synchronous
 * endpoints pass {@link #NONE}.
 */
public interface HouseholdProgress {
    HouseholdProgress NONE = new HouseholdProgress() {
        @Override
        public void evaluated(long households) {
        }
    };

    /** {@code households} stored households evaluated so far. */
    void evaluated(long households);

    /** A new phase of the work ("projecting": every household is evaluated, the model runs). */
    default void phase(String what) {
    }
}
