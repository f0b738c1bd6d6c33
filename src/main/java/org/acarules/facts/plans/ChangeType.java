package org.acarules.facts.plans;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A change made to a grandfathered plan since March 23, 2010, of a kind 45 CFR 147.140(g)(1) tests. */
public enum ChangeType {
    @JsonProperty("benefit_eliminated") BENEFIT_ELIMINATED,
    @JsonProperty("coinsurance_increased") COINSURANCE_INCREASED,
    @JsonProperty("fixed_amount_increased") FIXED_AMOUNT_INCREASED,
    @JsonProperty("copayment_increased") COPAYMENT_INCREASED,
    @JsonProperty("employer_contribution_decreased") EMPLOYER_CONTRIBUTION_DECREASED,
    @JsonProperty("annual_limit_changed") ANNUAL_LIMIT_CHANGED;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
