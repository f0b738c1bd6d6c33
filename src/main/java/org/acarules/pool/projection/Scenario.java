package org.acarules.pool.projection;

import java.util.List;

/**
 * One projected world: the mandate on (the payment of the mandate schedule's year is avoided by enrolling) or
 * off, a subsidy schedule, reinsurance or not, and the share of households with employer offers whose employer
 * drops coverage (they are evaluated again without the offer and may join the pool).
 */
public record Scenario(String name, boolean mandate, Subsidy subsidy, boolean reinsurance, double employerDropShare) {

    /** The four scenarios of the README's chart: the 2019 repeal and the 2026 end of the enhanced credits. */
    public static List<Scenario> defaults() {
        return List.of(
                new Scenario("mandate, original credits", true, Subsidy.ORIGINAL, false, 0),
                new Scenario("no mandate, original credits", false, Subsidy.ORIGINAL, false, 0),
                new Scenario("no mandate, enhanced credits", false, Subsidy.ENHANCED, false, 0),
                new Scenario("no mandate, no credits", false, Subsidy.NONE, false, 0));
    }
}
