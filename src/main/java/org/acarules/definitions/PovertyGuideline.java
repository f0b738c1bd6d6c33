package org.acarules.definitions;

import java.math.BigDecimal;
import java.util.List;

/** One year's HHS poverty guideline for one area, as published: sizes 1 to 8 and the amount for each person more. */
public record PovertyGuideline(List<BigDecimal> sizes, BigDecimal eachAdditional) {

    public BigDecimal forSize(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("household size must be at least 1");
        }
        if (size <= sizes.size()) {
            return sizes.get(size - 1);
        }
        return sizes.get(sizes.size() - 1).add(eachAdditional.multiply(BigDecimal.valueOf(size - sizes.size())));
    }
}
