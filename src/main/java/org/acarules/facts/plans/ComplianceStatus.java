package org.acarules.facts.plans;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The answer's status: the first status rule that applies wins. */
public enum ComplianceStatus {
    @JsonProperty("compliant") COMPLIANT,
    @JsonProperty("non_compliant") NON_COMPLIANT,
    @JsonProperty("grandfathered") GRANDFATHERED,
    @JsonProperty("transitional") TRANSITIONAL
}
