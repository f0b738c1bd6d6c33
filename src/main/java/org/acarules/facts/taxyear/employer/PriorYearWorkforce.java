package org.acarules.facts.taxyear.employer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** The twelve months of the preceding calendar year (of the whole aggregated group), for ALE status. */
public record PriorYearWorkforce(List<PriorYearMonth> months) {
    private static final BigDecimal MONTHS = BigDecimal.valueOf(12);

    /** Sum of each month's full-time employees and FTEs, divided by 12 (26 CFR 54.4980H-2(b)(1)); not yet rounded. */
    public BigDecimal average(BigDecimal fteDivisor) {
        BigDecimal sum = months.stream().map(m -> m.total(fteDivisor)).reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(MONTHS, 10, RoundingMode.HALF_UP);
    }

    /**
     * 26 CFR 54.4980H-2(b)(2): full-time employees plus FTEs exceed the threshold in at least one and no more than
     * {@code maxMonths} months, and in each of those months the workers beyond the threshold were seasonal workers.
     */
    public boolean seasonalWorkerExceptionApplies(BigDecimal threshold, BigDecimal fteDivisor, int maxMonths) {
        List<PriorYearMonth> above = months.stream().filter(m -> m.total(fteDivisor).compareTo(threshold) > 0).toList();
        return !above.isEmpty() && above.size() <= maxMonths && above.stream()
                .allMatch(m -> m.total(fteDivisor).subtract(m.seasonalWorkers()).compareTo(threshold) <= 0);
    }
}
