package org.acarules.facts;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The coverage a person is directed to, in priority order. */
public enum CoverageOutcome {
    @JsonProperty("medicaid") MEDICAID,
    @JsonProperty("chip") CHIP,
    @JsonProperty("employer_coverage") EMPLOYER_COVERAGE,
    @JsonProperty("basic_health_program") BASIC_HEALTH_PROGRAM,
    @JsonProperty("coverage_gap") COVERAGE_GAP,
    @JsonProperty("aptc") APTC,
    @JsonProperty("marketplace") MARKETPLACE,
    @JsonProperty("not_eligible") NOT_ELIGIBLE
}
