package org.acarules.batch;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
        BigDecimal annual = response.household().aptc() != null && response.household().aptc().amount() != null
                && response.household().aptc().amount().annual() != null
                ? response.household().aptc().amount().annual() : BigDecimal.ZERO;
        long receiving = response.people().stream().filter(p -> "aptc".equals(name(p))).count();
        BigDecimal share = receiving == 0 ? BigDecimal.ZERO
                : annual.divide(BigDecimal.valueOf(receiving), 2, RoundingMode.DOWN);
        BigDecimal remainder = annual.subtract(share.multiply(BigDecimal.valueOf(receiving)));
        List<PersonSide> people = new ArrayList<>();
        boolean first = true;
        for (EligibilityResponse.PersonResult p : response.people()) {
            BigDecimal aptc = BigDecimal.ZERO;
            if ("aptc".equals(name(p))) {
                aptc = first ? share.add(remainder) : share;
                first = false;
            }
            people.add(new PersonSide(p.id(), name(p), p.csr(), aptc));
        }
        return new Outcomes(people, receiving == 0 ? BigDecimal.ZERO : annual, response.household().fplPercent(), null);
    }

    /** From a stored answer (a decision's JSON, as {@link #of} would have read the response). */
    static Outcomes ofStored(JsonNode answer) {
        JsonNode household = answer.path("household");
        JsonNode annualNode = household.path("aptc").path("amount").path("annual");
        BigDecimal annual = annualNode.isNumber() ? annualNode.decimalValue() : BigDecimal.ZERO;
        JsonNode people = answer.path("people");
        long receiving = 0;
        for (JsonNode p : people) {
            if ("aptc".equals(p.path("outcome").asText(null))) {
                receiving++;
            }
        }
        BigDecimal share = receiving == 0 ? BigDecimal.ZERO
                : annual.divide(BigDecimal.valueOf(receiving), 2, RoundingMode.DOWN);
        BigDecimal remainder = annual.subtract(share.multiply(BigDecimal.valueOf(receiving)));
        List<PersonSide> sides = new ArrayList<>();
        boolean first = true;
        for (JsonNode p : people) {
            String outcome = p.hasNonNull("outcome") ? p.get("outcome").asText() : "none";
            BigDecimal aptc = BigDecimal.ZERO;
            if ("aptc".equals(outcome)) {
                aptc = first ? share.add(remainder) : share;
                first = false;
            }
            sides.add(new PersonSide(p.path("id").asText(), outcome, p.hasNonNull("csr") ? p.get("csr").asText() : null, aptc));
        }
        JsonNode fpl = household.path("fpl_percent");
        return new Outcomes(sides, receiving == 0 ? BigDecimal.ZERO : annual, fpl.isNumber() ? fpl.decimalValue() : null, null);
    }

    static Outcomes failed(List<String> personIds, String error) {
        List<PersonSide> people = personIds.stream().map(id -> new PersonSide(id, "error", null, BigDecimal.ZERO)).toList();
        return new Outcomes(people, BigDecimal.ZERO, null, error);
    }

    private static String name(EligibilityResponse.PersonResult p) {
        return p.outcome() == null ? "none" : p.outcome().name().toLowerCase(Locale.ROOT);
    }
}
