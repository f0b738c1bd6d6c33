package org.acarules.facts.plans;

import com.fasterxml.jackson.annotation.JsonValue;

/** The market reforms this service checks a plan against, each with the law that imposes it. */
public enum Requirement {
    ESSENTIAL_HEALTH_BENEFITS("essential_health_benefits", "cover all ten essential health benefit categories",
            "42 USC 18022(b)(1); 42 USC 300gg-6(a); 45 CFR 156.110"),
    METAL_LEVEL_ACTUARIAL_VALUE("metal_level_actuarial_value", "actuarial value within the metal level's range",
            "42 USC 18022(d); 45 CFR 156.140"),
    OUT_OF_POCKET_MAXIMUM("out_of_pocket_maximum", "out-of-pocket maximum not above the year's limit",
            "42 USC 18022(c)(1); 42 USC 300gg-6(b); 45 CFR 156.130"),
    NO_LIFETIME_LIMITS("no_lifetime_limits", "no lifetime dollar limits on essential health benefits",
            "42 USC 300gg-11 (PHSA 2711); 45 CFR 147.126"),
    NO_ANNUAL_LIMITS("no_annual_limits", "no annual dollar limits on essential health benefits",
            "42 USC 300gg-11 (PHSA 2711); 45 CFR 147.126"),
    PREVENTIVE_SERVICES_WITHOUT_COST_SHARING("preventive_services_without_cost_sharing",
            "preventive services without cost sharing", "42 USC 300gg-13 (PHSA 2713); 45 CFR 147.130"),
    DEPENDENT_COVERAGE_TO_26("dependent_coverage_to_26", "dependent coverage until age 26",
            "42 USC 300gg-14 (PHSA 2714); 45 CFR 147.120"),
    NO_PRE_EXISTING_CONDITION_EXCLUSIONS("no_pre_existing_condition_exclusions", "no pre-existing condition exclusions",
            "42 USC 300gg-3 (PHSA 2704); 45 CFR 147.108");

    private final String id;
    private final String label;
    private final String citation;

    Requirement(String id, String label, String citation) {
        this.id = id;
        this.label = label;
        this.citation = citation;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public String citation() {
        return citation;
    }
}
