package org.acarules.batch;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.acarules.applicants.AnswerSummary;
import org.acarules.eligibility.EligibilityResponse;

/**
 * One side of a comparison, per person: outcome, CSR level and a share of the household's annual APTC.
 * The credit belongs to the household; for the summary it is shared equally among the people whose outcome
 * is aptc (cents left over go to the first of them), so the shares add up to the household's figure.
 * An evaluation that failed gives every person the outcome "error" and no credit.
 */
record Outcomes(List<PersonSide> people, BigDecimal householdAptc, BigDecimal fplPercent, String error) {

    record PersonSide(String id, String outcome, String csr, BigDecimal aptc) {
    }

    static Outcomes of(EligibilityResponse response) {
        return of(AnswerSummary.of(response));
    }

    /** From an answer's summary (an evaluation's, or one stored with a decision). */
    static Outcomes of(AnswerSummary answer) {
        BigDecimal annual = answer.annualAptc();
        long receiving = answer.people().stream().filter(p -> "aptc".equals(p.outcome())).count();
        BigDecimal share = receiving == 0 ? BigDecimal.ZERO
                : annual.divide(BigDecimal.valueOf(receiving), 2, RoundingMode.DOWN);
        BigDecimal remainder = annual.subtract(share.multiply(BigDecimal.valueOf(receiving)));
        List<PersonSide> people = new ArrayList<>();
        boolean first = true;
        for (AnswerSummary.Person p : answer.people()) {
            BigDecimal aptc = BigDecimal.ZERO;
            if ("aptc".equals(p.outcome())) {
                aptc = first ? share.add(remainder) : share;
                first = false;
            }
            people.add(new PersonSide(p.id(), p.outcome(), p.csr(), aptc));
        }
        return new Outcomes(people, receiving == 0 ? BigDecimal.ZERO : annual, answer.fplPercent(), null);
    }

    static Outcomes failed(List<String> personIds, String error) {
        List<PersonSide> people = personIds.stream().map(id -> new PersonSide(id, "error", null, BigDecimal.ZERO)).toList();
        return new Outcomes(people, BigDecimal.ZERO, null, error);
    }
}
