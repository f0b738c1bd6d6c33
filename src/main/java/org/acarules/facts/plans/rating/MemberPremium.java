package org.acarules.facts.plans.rating;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.acarules.facts.PersonFact;

/**
 * A member's monthly premium: the age-rated part (base rate x age factor) and the tobacco surcharge
 * (age-rated part x (tobacco factor - 1)), each rounded to the cent, half up. The regulations set no
 * rounding; cents are how rates are filed and billed.
 */
public record MemberPremium(String personId, BigDecimal ageRated, BigDecimal tobaccoSurcharge) implements PersonFact {

    public static MemberPremium of(String personId, BigDecimal baseRate, BigDecimal ageFactor, BigDecimal tobaccoFactor) {
        BigDecimal ageRated = baseRate.multiply(ageFactor).setScale(2, RoundingMode.HALF_UP);
        BigDecimal surcharge = ageRated.multiply(tobaccoFactor.subtract(BigDecimal.ONE)).setScale(2, RoundingMode.HALF_UP);
        return new MemberPremium(personId, ageRated, surcharge);
    }

    public static MemberPremium notCharged(String personId) {
        return new MemberPremium(personId, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2));
    }

    public BigDecimal total() {
        return ageRated.add(tobaccoSurcharge);
    }
}
