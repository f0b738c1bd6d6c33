package org.acarules.pool.projection;

import java.math.BigDecimal;
import java.util.List;

/**
 * A household as the projection sees it: its people and the ruleset's answers under each subsidy schedule, with
 * and without its employer offers ({@code droppedOriginal}/{@code droppedEnhanced} are null when no one has an
 * offer), and the shared responsibility payment it would owe a year with its pool-eligible members uninsured
 * (under the mandate schedule's year). {@code id} is the stored applicant's id: with the seed it fixes the draws.
 */
public record ModelHousehold(long id, List<ModelPerson> people, Eligibility original, Eligibility enhanced,
        Eligibility droppedOriginal, Eligibility droppedEnhanced, BigDecimal mandatePayment) {

    public boolean hasEmployerOffer() {
        return droppedOriginal != null;
    }
}
