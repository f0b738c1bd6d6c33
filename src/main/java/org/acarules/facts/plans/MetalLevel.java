package org.acarules.facts.plans;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A plan's level of coverage (42 USC 18022(d), (e)). */
public enum MetalLevel {
    @JsonProperty("bronze") BRONZE,
    @JsonProperty("silver") SILVER,
    @JsonProperty("gold") GOLD,
    @JsonProperty("platinum") PLATINUM,
    @JsonProperty("catastrophic") CATASTROPHIC;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
