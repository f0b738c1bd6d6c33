package org.acarules.facts.taxyear.mandate;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The exemptions from the individual shared responsibility payment, each with the law that grants it. Two are
 * computed by the rules from the other inputs and may not be claimed in a request: the short coverage gap and
 * household income below the filing threshold.
 */
public enum ExemptionType {
    @JsonProperty("unaffordable_coverage") UNAFFORDABLE_COVERAGE("26 USC 5000A(e)(1); 26 CFR 1.5000A-3(e)", true),
    @JsonProperty("income_below_filing_threshold") INCOME_BELOW_FILING_THRESHOLD("26 USC 5000A(e)(2); 26 CFR 1.5000A-3(f)", false),
    @JsonProperty("indian_tribe") INDIAN_TRIBE("26 USC 5000A(e)(3); 26 CFR 1.5000A-3(g)", true),
    @JsonProperty("short_coverage_gap") SHORT_COVERAGE_GAP("26 USC 5000A(e)(4); 26 CFR 1.5000A-3(j)", false),
    @JsonProperty("hardship") HARDSHIP("26 USC 5000A(e)(5); 26 CFR 1.5000A-3(h); 45 CFR 155.605(d)", true),
    @JsonProperty("religious_conscience") RELIGIOUS_CONSCIENCE("26 USC 5000A(d)(2)(A); 26 CFR 1.5000A-3(a)", true),
    @JsonProperty("health_care_sharing_ministry") HEALTH_CARE_SHARING_MINISTRY("26 USC 5000A(d)(2)(B); 26 CFR 1.5000A-3(b)", true),
    @JsonProperty("not_lawfully_present") NOT_LAWFULLY_PRESENT("26 USC 5000A(d)(3); 26 CFR 1.5000A-3(c)", true),
    @JsonProperty("incarceration") INCARCERATION("26 USC 5000A(d)(4); 26 CFR 1.5000A-3(d) (not pending disposition of charges)", true),
    @JsonProperty("citizen_living_abroad") CITIZEN_LIVING_ABROAD("26 USC 5000A(f)(4)(A); 26 CFR 1.5000A-3(i)", true),
    @JsonProperty("territory_resident") TERRITORY_RESIDENT("26 USC 5000A(f)(4)(B); 26 CFR 1.5000A-3(i)", true);

    private final String citation;
    private final boolean claimable;

    ExemptionType(String citation, boolean claimable) {
        this.citation = citation;
        this.claimable = claimable;
    }

    public String citation() {
        return citation;
    }

    /** False for the exemptions the rules derive themselves (a request may not assert them). */
    public boolean claimable() {
        return claimable;
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
