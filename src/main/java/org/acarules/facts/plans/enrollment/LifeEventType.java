package org.acarules.facts.plans.enrollment;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Qualifying life events this ruleset models (45 CFR 155.420(d)). */
public enum LifeEventType {
    @JsonProperty("loss_of_coverage") LOSS_OF_COVERAGE,
    @JsonProperty("marriage") MARRIAGE,
    @JsonProperty("birth") BIRTH,
    @JsonProperty("adoption") ADOPTION,
    @JsonProperty("placement_for_adoption") PLACEMENT_FOR_ADOPTION,
    @JsonProperty("placement_in_foster_care") PLACEMENT_IN_FOSTER_CARE,
    @JsonProperty("move") MOVE,
    @JsonProperty("citizenship") CITIZENSHIP,
    @JsonProperty("release_from_incarceration") RELEASE_FROM_INCARCERATION;

    /** Birth, adoption or placement: coverage can start on the day of the event (155.420(b)(2)(i)). */
    public boolean gainsChild() {
        return this == BIRTH || this == ADOPTION || this == PLACEMENT_FOR_ADOPTION || this == PLACEMENT_IN_FOSTER_CARE;
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
