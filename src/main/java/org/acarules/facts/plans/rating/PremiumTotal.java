package org.acarules.facts.plans.rating;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/** The household's monthly premium and the tobacco surcharges within it. */
public record PremiumTotal(BigDecimal total, BigDecimal tobaccoSurcharge) {

    public static PremiumTotal sum(Collection<?> memberPremiums) {
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        BigDecimal surcharge = BigDecimal.ZERO.setScale(2);
        for (Object o : memberPremiums) {
            MemberPremium premium = (MemberPremium) o;
            total = total.add(premium.total());
            surcharge = surcharge.add(premium.tobaccoSurcharge());
        }
        return new PremiumTotal(total, surcharge);
    }

    public static PremiumTotal tier(BigDecimal baseRate, BigDecimal multiplier) {
        return new PremiumTotal(baseRate.multiply(multiplier).setScale(2, RoundingMode.HALF_UP), BigDecimal.ZERO.setScale(2));
    }

    public boolean surcharged() {
        return tobaccoSurcharge.signum() > 0;
    }
}
