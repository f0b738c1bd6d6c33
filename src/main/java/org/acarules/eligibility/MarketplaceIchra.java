package org.acarules.eligibility;

import java.math.BigDecimal;

/**
 * The CMS Marketplace API answer of /households/ichra (its ICHRAResponse): whether the individual coverage HRA is
 * affordable and the premium of the lowest-cost silver plan it was measured against (the employee's self-only rate,
 * 26 CFR 1.36B-2(c)(5)). Added to CMS's fields, and ignorable by a CMS client: the employee's required HRA contribution
 * (that premium less the monthly HRA, not below 0), the lowest-cost silver plan's id and the ruleset version.
 */
public record MarketplaceIchra(boolean affordable, BigDecimal premium, BigDecimal requiredContribution, String planId,
        String rulesetVersion) {
}
