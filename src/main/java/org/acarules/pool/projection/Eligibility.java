package org.acarules.pool.projection;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the ruleset answered for a household under one subsidy schedule: each person's outcome (as in
 * /api/v1/eligibility: aptc, marketplace, medicaid, chip, employer_coverage, basic_health_program, coverage_gap,
 * not_eligible) and, when
 * the household may have the credit, its expected contribution a year (applicable percentage x household income).
 */
public record Eligibility(List<String> outcomes, BigDecimal contribution) {
    public static final String APTC = "aptc";
    public static final String MARKETPLACE = "marketplace";

    public boolean inPool(int person) {
        String o = outcomes.get(person);
        return APTC.equals(o) || MARKETPLACE.equals(o);
    }

    /**
     * Covered by Medicaid, CHIP, an employer's plan or the state's Basic Health Program (assumed taken up: a BHP is a
     * public programme outside the individual market's risk pool, 42 USC 18051), so neither in the pool nor uninsured.
     */
    public boolean coveredElsewhere(int person) {
        String o = outcomes.get(person);
        return "medicaid".equals(o) || "chip".equals(o) || "employer_coverage".equals(o) || "basic_health_program".equals(o);
    }
}
