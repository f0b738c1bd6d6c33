package org.acarules.facts.taxyear.employer;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.acarules.definitions.ParameterNotDefinedException;
import org.acarules.definitions.ParameterStore;

/** Reads the year's applicable payment amounts; a year with no confirmed figure is "not modelled", never a guess. */
public final class EsrpParameters {
    public static final String AMOUNT_A = "gov.irs.esrp.applicable_payment_amount.section_4980h_a";
    public static final String AMOUNT_B = "gov.irs.esrp.applicable_payment_amount.section_4980h_b";

    private EsrpParameters() {
    }

    public static PaymentAmounts amounts(ParameterStore params, LocalDate date) {
        return new PaymentAmounts(required(params, AMOUNT_A, date), required(params, AMOUNT_B, date),
                PaymentAmounts.PARAMETERS);
    }

    private static BigDecimal required(ParameterStore params, String id, LocalDate date) {
        BigDecimal value = params.number(id, date);
        if (value == null) {
            throw new ParameterNotDefinedException(id + " has no confirmed value for " + date.getYear()
                    + " (supply applicable_payment_amounts to compute with your own figures)");
        }
        return value;
    }
}
