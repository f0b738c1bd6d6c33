package org.acarules.facts.taxyear.ptc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The line arithmetic the rules delegate to, checked against the Form 8962 instructions' own examples. */
class Form8962ArithmeticTest {
    private static final BigDecimal FOUR = new BigDecimal("4.0");

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void line5DropsDecimalsAsWorksheet2Shows() {
        // Worksheet 2: "for 0.9984, enter the result as 99; for 1.8565, enter the result as 185; and for 3.997, enter 399"
        assertEquals(99, PtcIncomePercent.of(d("9984"), d("10000"), FOUR).line5());
        assertEquals(185, PtcIncomePercent.of(d("18565"), d("10000"), FOUR).line5());
        assertEquals(399, PtcIncomePercent.of(d("39970"), d("10000"), FOUR).line5());
    }

    @Test
    void line5Is401OnlyAboveFourTimesThePovertyLine() {
        PtcIncomePercent exactly = PtcIncomePercent.of(d("62600"), d("15650"), FOUR);
        assertEquals(400, exactly.line5());
        assertFalse(exactly.topCoded());
        PtcIncomePercent above = PtcIncomePercent.of(d("62600.01"), d("15650"), FOUR);
        assertEquals(401, above.line5());
        assertTrue(above.topCoded());
    }

    @Test
    void lines8aAnd8bRoundToTheNearestWholeDollar() {
        PtcContribution c = PtcContribution.of(d("45000"), d("0.0620"));
        assertEquals(d("2790.00"), c.annual());
        assertEquals(d("233.00"), c.monthly()); // 232.50 rounds up
        PtcContribution half = PtcContribution.of(d("21000"), d("0.0665"));
        assertEquals(d("1397.00"), half.annual()); // 1,396.50
    }

    @Test
    void rowCreditIsTheSmallerOfPremiumAndBenchmarkLessContributionNeverNegative() {
        PtcContribution c = PtcContribution.of(d("45000"), d("0.0620"));
        PtcPeriodCredit annual = PtcPeriodCredit.of(new PtcPeriod(0, true, d("6240"), d("6000"), d("5500")), c);
        assertEquals(d("3210.00"), annual.credit());
        PtcPeriodCredit month = PtcPeriodCredit.of(new PtcPeriod(1, true, d("100"), d("200"), d("0")), c);
        assertEquals(d("0.00"), month.credit()); // 200 - 233 < 0
    }

    @Test
    void reconciliationSplitsIntoNetCreditOrExcess() {
        PtcAptcTotal aptc = PtcAptcTotal.of(List.of(new PtcPeriod(0, true, d("1"), d("1"), d("5500"))));
        PtcReconciliation excess = PtcReconciliation.of(new PtcCreditTotal(d("3210.00")), aptc);
        assertEquals(d("2290.00"), excess.excessAptc());
        assertEquals(d("0.00"), excess.netCredit());
        assertEquals(d("1575.00"), PtcRepayment.of(excess, new PtcRepaymentLimitation(d("1575.00"), "single")).amount());
        assertEquals(d("2290.00"), PtcRepayment.of(excess, new PtcRepaymentLimitation(null, "no_limit")).amount());
    }
}
