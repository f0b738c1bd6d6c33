package org.acarules.definitions;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * Brackets whose value runs linearly from {@code initial} at {@code from} to {@code final} at {@code to}
 * (26 CFR 1.36B-3(g): the applicable percentage "increases on a sliding scale in a linear manner").
 */
public record LinearScale(List<Bracket> brackets, Integer rounding) {

    public record Bracket(BigDecimal from, BigDecimal to, BigDecimal initial, BigDecimal last) {
        /** [from, to); the last bracket also holds its upper end ("not more than 400 percent"). */
        boolean contains(BigDecimal x, boolean last) {
            if (x.compareTo(from) < 0) {
                return false;
            }
            return to == null || x.compareTo(to) < 0 || (last && x.compareTo(to) == 0);
        }

        BigDecimal valueAt(BigDecimal x) {
            if (to == null || initial.compareTo(last) == 0) {
                return initial;
            }
            BigDecimal share = x.subtract(from).divide(to.subtract(from), MathContext.DECIMAL64);
            return initial.add(last.subtract(initial).multiply(share, MathContext.DECIMAL64));
        }
    }

    /** The value at x, or null when x lies above the last bracket (no value: e.g. no credit). */
    public BigDecimal valueAt(BigDecimal x) {
        BigDecimal clamped = x.signum() < 0 ? BigDecimal.ZERO : x;
        for (int i = 0; i < brackets.size(); i++) {
            Bracket bracket = brackets.get(i);
            if (bracket.contains(clamped, i == brackets.size() - 1)) {
                BigDecimal value = bracket.valueAt(clamped);
                return rounding == null ? value : value.setScale(rounding, RoundingMode.HALF_UP);
            }
        }
        return null;
    }
}
