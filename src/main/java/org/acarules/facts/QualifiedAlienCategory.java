package org.acarules.facts;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The categories of "qualified alien" in 8 USC 1641(b) and (c), plus victims of a severe form of trafficking, whom
 * 22 USC 7105(b)(1)(A) makes eligible for benefits to the same extent as refugees.
 */
public enum QualifiedAlienCategory {
    /** 8 USC 1641(b)(1): lawfully admitted for permanent residence. */
    @JsonProperty("lawful_permanent_resident") LAWFUL_PERMANENT_RESIDENT,
    /** 8 USC 1641(b)(2): granted asylum under INA 208. */
    @JsonProperty("asylee") ASYLEE,
    /** 8 USC 1641(b)(3): admitted as a refugee under INA 207. */
    @JsonProperty("refugee") REFUGEE,
    /** 8 USC 1641(b)(4): paroled under INA 212(d)(5) for a period of at least one year. */
    @JsonProperty("parolee_1_year") PAROLEE_1_YEAR,
    /** 8 USC 1641(b)(5): deportation withheld under INA 243(h) or removal withheld under 241(b)(3). */
    @JsonProperty("withholding_of_deportation") WITHHOLDING_OF_DEPORTATION,
    /** 8 USC 1641(b)(6): granted conditional entry under INA 203(a)(7) as in effect before April 1, 1980. */
    @JsonProperty("conditional_entrant") CONDITIONAL_ENTRANT,
    /** 8 USC 1641(b)(7): a Cuban and Haitian entrant as defined in sec. 501(e) of the Refugee Education Assistance Act of 1980. */
    @JsonProperty("cuban_haitian_entrant") CUBAN_HAITIAN_ENTRANT,
    /** 8 USC 1641(b)(8): lawfully residing under a Compact of Free Association (added by P.L. 116-260). */
    @JsonProperty("cofa_migrant") COFA_MIGRANT,
    /** 8 USC 1641(c): battered spouse, child or parent with a pending or approved petition. */
    @JsonProperty("battered_alien") BATTERED_ALIEN,
    /** 22 USC 7105(b)(1)(A): victim of a severe form of trafficking, eligible to the same extent as a refugee. */
    @JsonProperty("trafficking_victim") TRAFFICKING_VICTIM,
    /** 8 USC 1612(a)(2)(A)(i)(V), 1613(b)(1)(E): admitted as an Amerasian immigrant (a permanent resident). */
    @JsonProperty("amerasian_immigrant") AMERASIAN_IMMIGRANT
}
