package org.acarules.facts;

/**
 * A pregnant woman expects more than one child: each counts in her Medicaid household (42 CFR 435.603(b)). Reported
 * by the CMS-shaped endpoints from {@code pregnant_with}; without it a pregnancy counts one child (FPL-003).
 */
public record ExpectedChildren(String personId, int count) implements PersonFact {
}
