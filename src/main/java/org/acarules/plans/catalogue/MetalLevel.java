package org.acarules.plans.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;
import java.util.Optional;

public enum MetalLevel {
    @JsonProperty("catastrophic") CATASTROPHIC,
    @JsonProperty("bronze") BRONZE,
    @JsonProperty("expanded_bronze") EXPANDED_BRONZE,
    @JsonProperty("silver") SILVER,
    @JsonProperty("gold") GOLD,
    @JsonProperty("platinum") PLATINUM;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads CMS's spelling ("Silver", "Expanded Bronze") or ours ("expanded_bronze"). */
    public static Optional<MetalLevel> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String normal = text.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (MetalLevel level : values()) {
            if (level.name().equals(normal)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
