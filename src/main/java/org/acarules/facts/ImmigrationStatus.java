package org.acarules.facts;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum ImmigrationStatus {
    @JsonProperty("citizen") CITIZEN,
    @JsonProperty("lawfully_present") LAWFULLY_PRESENT,
    @JsonProperty("not_lawfully_present") NOT_LAWFULLY_PRESENT
}
