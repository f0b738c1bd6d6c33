package org.acarules.facts.taxyear.mandate;

import java.math.BigDecimal;
import java.util.Set;
import org.acarules.facts.PersonFact;

/** An exemption the filer claims (or holds a certificate for) for some months; requiredContribution only for unaffordable coverage. */
public record ClaimedExemption(String personId, ExemptionType type, Set<Integer> months, BigDecimal requiredContribution)
        implements PersonFact {
}
