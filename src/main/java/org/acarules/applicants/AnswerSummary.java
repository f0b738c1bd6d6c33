package org.acarules.applicants;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.acarules.eligibility.EligibilityResponse;

/**
 * What a re-evaluation compares of an answer: the household's annual credit (zero when none) and FPL percentage, and
 * each person's id, outcome and CSR level. Stored with each decision (table {@code decision_summary}) so that a
 * re-evaluation comparing with stored decisions reads about a hundred bytes a household instead of reading and parsing
 * the whole answer (3.3 KB on average, most of it the reasons' texts): that parse alone was a tenth of a re-evaluation
 * worker's CPU (src/bench/BENCHMARKS.md).
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
}
