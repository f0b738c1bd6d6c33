package org.acarules.facts.plans;

import java.math.BigDecimal;

/** Medical inflation since March 2010 (45 CFR 147.140(g)(3)(ii)) as a fraction: 0.0720 = 7.20%. */
public record MedicalInflation(BigDecimal value) {
}
