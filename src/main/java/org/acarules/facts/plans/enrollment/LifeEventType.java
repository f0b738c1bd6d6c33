package org.acarules.facts.plans.enrollment;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Qualifying life events this ruleset models (45 CFR 155.420(d)). */
public enum LifeEventType {
    @JsonProperty("loss_of_coverage") LOSS_OF_COVERAGE,
    @JsonProperty("marriage") MARRIAGE,
    @JsonProperty("birth") BIRTH,
    @JsonProperty("adoption") ADOPTION,
    @JsonProperty("placement_for_adoption") PLACEMENT_FOR_ADOPTION,
    @JsonProperty("placement_in_foster_care") PLACEMENT_IN_FOSTER_CARE,
    @JsonProperty("move") MOVE,
    @JsonProperty("citizenship") CITIZENSHIP,
    @JsonProperty("release_from_incarceration") RELEASE_FROM_INCARCERATION,
    /** 155.420(d)(4): enrollment or non-enrollment caused by the error or misconduct of the Exchange or HHS. */
    @JsonProperty("exchange_error") EXCHANGE_ERROR,
    /** 155.420(d)(5): the enrollee's plan substantially violated a material provision of its contract. */
    @JsonProperty("plan_contract_violation") PLAN_CONTRACT_VIOLATION,
    /** 155.420(d)(6): newly eligible or ineligible for advance payments of the premium tax credit. */
    @JsonProperty("aptc_eligibility_change") APTC_ELIGIBILITY_CHANGE,
    /** 155.420(d)(9): exceptional circumstances, as the Exchange determines. */
    @JsonProperty("exceptional_circumstances") EXCEPTIONAL_CIRCUMSTANCES,
    /** 155.420(d)(10): a victim of domestic abuse or spousal abandonment seeking coverage apart from the abuser. */
    @JsonProperty("domestic_abuse") DOMESTIC_ABUSE,
    /** 155.420(d)(12): a material error about plan benefits, service area or premium influenced the plan choice. */
    @JsonProperty("plan_information_error") PLAN_INFORMATION_ERROR,
    /** 155.420(d)(14): newly offered an individual coverage HRA or newly provided a QSEHRA. */
    @JsonProperty("hra_offer") HRA_OFFER;

    /** Birth, adoption or placement: coverage can start on the day of the event (155.420(b)(2)(i)). */
    public boolean gainsChild() {
        return this == BIRTH || this == ADOPTION || this == PLACEMENT_FOR_ADOPTION || this == PLACEMENT_IN_FOSTER_CARE;
    }

    /** Events that may be reported up to 60 days before they happen (155.420(c)(2), (c)(3)). */
    public boolean mayBeReportedInAdvance() {
        return this == LOSS_OF_COVERAGE || this == HRA_OFFER;
    }

    /** Marriage and a permanent move need prior coverage in the 60 days before (155.420(a)(5), (d)(2)(i)(A), (d)(7)(i)). */
    public boolean needsPriorCoverage() {
        return this == MARRIAGE || this == MOVE;
    }

    /** The Exchange sets an effective date suited to the circumstances (155.420(b)(2)(iii)): none is computed. */
    public boolean exchangeSetsEffectiveDate() {
        return this == EXCHANGE_ERROR || this == PLAN_CONTRACT_VIOLATION || this == EXCEPTIONAL_CIRCUMSTANCES
                || this == PLAN_INFORMATION_ERROR;
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
