package org.acarules.facts.plans;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A fixed-amount cost-sharing requirement other than a copayment (45 CFR 147.140(g)(1)(iii)). */
public enum FixedCostSharing {
    @JsonProperty("deductible") DEDUCTIBLE,
    @JsonProperty("out_of_pocket_limit") OUT_OF_POCKET_LIMIT;

    public String label() {
        return this == DEDUCTIBLE ? "deductible" : "out-of-pocket limit";
    }
}
