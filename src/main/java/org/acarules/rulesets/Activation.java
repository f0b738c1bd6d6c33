package org.acarules.rulesets;

import java.time.OffsetDateTime;
import org.acarules.store.RulesetActivationEntity;

/** One recorded activation: the version it made active, in which order ({@code sequence}), by whom, when and why. */
public record Activation(long sequence, String version, String action, String actor, OffsetDateTime at, String reason) {
    /** Nothing served yet (before start-up has read the database). */
    public static final Activation NONE = new Activation(0, "none", "none", "none", null, null);

    static Activation of(RulesetActivationEntity e) {
        return new Activation(e.sequence, e.version, e.action, e.actor, e.at, e.reason);
    }
}
