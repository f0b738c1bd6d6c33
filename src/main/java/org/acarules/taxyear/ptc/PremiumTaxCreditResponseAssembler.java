package org.acarules.taxyear.ptc;

import org.acarules.engine.Explanation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.acarules.engine.Evaluation;
import org.acarules.facts.taxyear.ptc.*;

/** Reads the conclusions the rules left in working memory and lays them out as Form 8962 lines; it decides nothing itself. */
final class PremiumTaxCreditResponseAssembler {
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private PremiumTaxCreditResponseAssembler() {
    }

    static PremiumTaxCreditResponse assemble(PremiumTaxCreditRequest request, Evaluation evaluation, boolean trace) {
        Explanation explanation = Explanation.of(evaluation, trace);
        PtcReturn ret = one(evaluation, PtcReturn.class);
        PtcPovertyLine povertyLine = one(evaluation, PtcPovertyLine.class);
        PtcIncomePercent percent = one(evaluation, PtcIncomePercent.class);
        Optional<PtcApplicableTaxpayer> applicable = first(evaluation, PtcApplicableTaxpayer.class);
        Optional<PtcNotApplicable> notApplicable = first(evaluation, PtcNotApplicable.class);
        BigDecimal figure = first(evaluation, PtcApplicableFigure.class).map(PtcApplicableFigure::value).orElse(null);
        Optional<PtcContribution> contribution = first(evaluation, PtcContribution.class);
        PtcCreditTotal credit = one(evaluation, PtcCreditTotal.class);
        PtcAptcTotal aptc = one(evaluation, PtcAptcTotal.class);
        PtcReconciliation reconciliation = one(evaluation, PtcReconciliation.class);
        Optional<PtcRepaymentLimitation> limitation = first(evaluation, PtcRepaymentLimitation.class);
        BigDecimal repayment = first(evaluation, PtcRepayment.class).map(PtcRepayment::amount).orElse(ZERO);

        Map<Integer, PtcPeriodCredit> credits = new LinkedHashMap<>();
        evaluation.factsOf(PtcPeriodCredit.class).forEach(c -> credits.put(c.month(), c));
        List<PtcPeriod> periods = evaluation.factsOf(PtcPeriod.class).sorted(Comparator.comparingInt(PtcPeriod::month)).toList();

        Map<String, Object> lines = new LinkedHashMap<>();
        lines.put("1", ret.familySize());
        lines.put("3", ret.householdIncome());
        lines.put("4", povertyLine.guideline());
        lines.put("5", percent.line5());
        if (figure != null) {
            lines.put("7", figure);
        }
        contribution.ifPresent(c -> {
            lines.put("8a", c.annual().intValueExact());
            lines.put("8b", c.monthly().intValueExact());
        });
        List<PremiumTaxCreditResponse.MonthResult> months = new ArrayList<>();
        for (PtcPeriod period : periods) {
            PtcPeriodCredit row = credits.get(period.month());
            String line = period.line();
            lines.put(line + "a", period.enrollmentPremium());
            lines.put(line + "b", period.benchmarkPremium());
            if (row.contribution() != null) {
                lines.put(line + "c", row.contribution());
                lines.put(line + "d", row.maxAssistance());
            }
            lines.put(line + "e", row.credit());
            lines.put(line + "f", period.aptc());
            if (!period.annual()) {
                months.add(new PremiumTaxCreditResponse.MonthResult(period.month(), period.covered(),
                        period.enrollmentPremium(), period.benchmarkPremium(), row.contribution(), row.maxAssistance(),
                        row.credit(), period.aptc()));
            }
        }
        lines.put("24", credit.amount());
        lines.put("25", aptc.amount());
        BigDecimal limitationAmount = limitation.map(PtcRepaymentLimitation::amount).orElse(null);
        if (reconciliation.hasExcess()) {
            lines.put("27", reconciliation.excessAptc());
            if (limitationAmount != null) {
                lines.put("28", limitationAmount);
            }
            lines.put("29", repayment);
        } else {
            lines.put("26", reconciliation.netCredit());
        }

        boolean isApplicable = applicable.isPresent() && notApplicable.isEmpty();
        String basis = notApplicable.map(PtcNotApplicable::reason)
                .orElse(applicable.map(PtcApplicableTaxpayer::basis).orElse(null));
        return new PremiumTaxCreditResponse(request.year(), evaluation.rulesetVersion(), ret.familySize(),
                povertyLine.guideline(), povertyLine.guidelineYear(), percent.line5(), isApplicable, basis, figure,
                contribution.map(PtcContribution::annual).orElse(null),
                contribution.map(PtcContribution::monthly).orElse(null),
                credit.amount(), aptc.amount(), reconciliation.netCredit(), reconciliation.excessAptc(), limitationAmount,
                limitation.map(PtcRepaymentLimitation::basis).orElse(null), repayment, months, lines,
                explanation.distinct(), explanation.trace());
    }

    /** Each rule once, in the order it first fired (a per-month rule fires once a month). */
    private static <T> T one(Evaluation evaluation, Class<T> type) {
        return first(evaluation, type).orElseThrow(() -> new IllegalStateException("no rule concluded " + type.getSimpleName()));
    }

    private static <T> Optional<T> first(Evaluation evaluation, Class<T> type) {
        return evaluation.factsOf(type).findFirst();
    }
}
