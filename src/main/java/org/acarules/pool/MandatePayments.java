package org.acarules.pool;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.acarules.eligibility.EligibilityRequest;
import org.acarules.engine.Ruleset;
import org.acarules.taxyear.mandate.SharedResponsibilityPaymentRequest;
import org.acarules.taxyear.mandate.SharedResponsibilityPaymentService;

/**
 * The shared responsibility payment a household would owe for a tax year if its Marketplace-pool members (outcome
 * aptc or marketplace) went uninsured all year, asked of the ruleset's mandate rules (federal 26 USC 5000A and the
 * states'). Everyone else is taken as covered or exempt (Medicaid, CHIP, employer coverage; the coverage gap and
 * people not lawfully present, who are exempt: 26 USC 5000A(d)(3), (e)(5)); no other exemption is claimed. Each
 * person has the request's age all through the tax year (born on 1 January).
 */
@ApplicationScoped
public class MandatePayments {
    private static final List<Integer> ALL_YEAR = IntStream.rangeClosed(1, 12).boxed().toList();

    @Inject
    SharedResponsibilityPaymentService service;

    /**
     * {@code outcomes}: each person's eligibility outcome, in the request's order; {@code ruleset}: the version whose
     * mandate rules decide. Zero when no one is in the pool.
     */
    public BigDecimal payment(Ruleset ruleset, EligibilityRequest request, List<String> outcomes, int year) {
        List<SharedResponsibilityPaymentRequest.PersonInput> people = new ArrayList<>();
        boolean anyUninsured = false;
        for (int i = 0; i < request.household().people().size(); i++) {
            EligibilityRequest.PersonInput p = request.household().people().get(i);
            boolean uninsured = "aptc".equals(outcomes.get(i)) || "marketplace".equals(outcomes.get(i));
            anyUninsured |= uninsured;
            // born on 1 January: the request's age all through the tax year (an age alone is ambiguous in the year a child turns 18)
            people.add(new SharedResponsibilityPaymentRequest.PersonInput(p.id(), java.time.LocalDate.of(year - p.age(), 1, 1), null,
                    p.relationship(),
                    uninsured ? List.of() : ALL_YEAR, null));
        }
        if (!anyUninsured) {
            return BigDecimal.ZERO;
        }
        var answer = service.evaluate(ruleset, new SharedResponsibilityPaymentRequest(year,
                new SharedResponsibilityPaymentRequest.Place(request.place().state()), request.household().filingStatus(),
                request.household().income(), people, null, null), false);
        return answer.annualPayment() == null ? BigDecimal.ZERO : answer.annualPayment();
    }
}
