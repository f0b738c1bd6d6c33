package org.acarules.facts.plans;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The market a plan is sold in (45 CFR 144.103). */
public enum Market {
    @JsonProperty("individual") INDIVIDUAL,
    @JsonProperty("small_group") SMALL_GROUP,
    @JsonProperty("large_group") LARGE_GROUP;

    public boolean isGroup() {
        return this != INDIVIDUAL;
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
