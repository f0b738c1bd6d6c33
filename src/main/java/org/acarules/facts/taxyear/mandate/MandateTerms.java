package org.acarules.facts.taxyear.mandate;

import java.math.BigDecimal;

/**
 * Conclusion: which law's payment applies (federal, or a state's own mandate) and its figures for the year, read
 * from the benefit definitions (or the filer's own threshold / bronze premium). requiredContributionPercentage is
 * null when it could not be sourced: only an unaffordability claim needs it, and that claim is then answered 422.
 */
public record MandateTerms(String jurisdiction, BigDecimal applicableDollarAmount, BigDecimal childFraction,
        BigDecimal familyCapMultiple, BigDecimal incomePercentage, BigDecimal filingThreshold, boolean thresholdInclusive,
        BigDecimal bronzeMonthlyPerPerson, int bronzeMaxMembers, BigDecimal requiredContributionPercentage) {
}
