package org.acarules.applicants;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.acarules.eligibility.EligibilityResponse;

/**
 * What a re-evaluation compares of an answer: the household's annual credit (zero when none) and FPL percentage, and
 * each person's id, outcome and CSR level. Stored beside each decision ({@code decision.answer_summary}) so that a
 * re-evaluation comparing with stored decisions reads about a hundred bytes a household instead of parsing the whole
 * answer (3.3 KB on average, most of it the reasons' texts): that parse was a tenth of a re-evaluation worker's CPU
 * (src/bench/BENCHMARKS.md).
 */
public record AnswerSummary(BigDecimal annualAptc, BigDecimal fplPercent, List<Person> people) {

    /** {@code outcome}: the answer's outcome in lower case, "none" when it gave none. */
    public record Person(String id, String outcome, String csr) {
    }

    public static AnswerSummary of(EligibilityResponse response) {
        EligibilityResponse.Aptc aptc = response.household().aptc();
        BigDecimal annual = aptc != null && aptc.amount() != null && aptc.amount().annual() != null
                ? aptc.amount().annual() : BigDecimal.ZERO;
        List<Person> people = new ArrayList<>();
        for (EligibilityResponse.PersonResult p : response.people()) {
            String outcome = p.outcome() == null ? "none" : p.outcome().name().toLowerCase(Locale.ROOT);
            people.add(new Person(p.id(), outcome, p.csr()));
        }
        return new AnswerSummary(annual, response.household().fplPercent(), List.copyOf(people));
    }

    /** From a stored answer's JSON, for decisions stored before their summary was. */
    public static AnswerSummary of(JsonNode answer) {
        JsonNode household = answer.path("household");
        JsonNode annual = household.path("aptc").path("amount").path("annual");
        JsonNode fpl = household.path("fpl_percent");
        List<Person> people = new ArrayList<>();
        for (JsonNode p : answer.path("people")) {
            people.add(new Person(p.path("id").asText(), p.hasNonNull("outcome") ? p.get("outcome").asText() : "none",
                    p.hasNonNull("csr") ? p.get("csr").asText() : null));
        }
        return new AnswerSummary(annual.isNumber() ? annual.decimalValue() : BigDecimal.ZERO,
                fpl.isNumber() ? fpl.decimalValue() : null, List.copyOf(people));
    }
}
