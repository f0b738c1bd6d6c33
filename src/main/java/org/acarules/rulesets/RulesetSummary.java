package org.acarules.rulesets;

import java.time.OffsetDateTime;
import org.acarules.store.RulesetVersionEntity;

/** A stored ruleset version as listed to analysts. */
public record RulesetSummary(String version, String origin, String createdBy, OffsetDateTime createdAt, int rules,
        int parameters, boolean active) {

    static RulesetSummary of(RulesetVersionEntity entity, String activeVersion) {
        return new RulesetSummary(entity.version, entity.origin, entity.createdBy, entity.createdAt, entity.ruleCount,
                entity.parameterCount, entity.version.equals(activeVersion));
    }
}
