package org.acarules.facts;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum FilingStatus {
    @JsonProperty("single") SINGLE,
    @JsonProperty("married_filing_jointly") MARRIED_FILING_JOINTLY,
    @JsonProperty("married_filing_separately") MARRIED_FILING_SEPARATELY,
    @JsonProperty("head_of_household") HEAD_OF_HOUSEHOLD,
    @JsonProperty("qualifying_surviving_spouse") QUALIFYING_SURVIVING_SPOUSE
}
