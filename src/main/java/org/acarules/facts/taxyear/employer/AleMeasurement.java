package org.acarules.facts.taxyear.employer;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The preceding year's average of full-time employees plus FTEs, and that average rounded down to a whole number. */
public record AleMeasurement(BigDecimal average, int wholeNumber) {

    /** "The result, if not a whole number, is then rounded to the next lowest whole number" (54.4980H-2(b)(1)). */
    public static AleMeasurement of(BigDecimal average) {
        return new AleMeasurement(average, average.setScale(0, RoundingMode.FLOOR).intValueExact());
    }
}
