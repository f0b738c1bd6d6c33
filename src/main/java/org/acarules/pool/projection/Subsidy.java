package org.acarules.pool.projection;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The premium tax credit schedule of a scenario. */
public enum Subsidy {
    /** The ruleset's law for the population's year (for 2026: the original schedule, 400% ceiling). */
    @JsonProperty("original") ORIGINAL,
    /** The ARPA/IRA table of 2021-2025 (no ceiling), from the ruleset's parameters on enhanced_schedule_date. */
    @JsonProperty("enhanced") ENHANCED,
    /** No credit at all. */
    @JsonProperty("none") NONE
}
