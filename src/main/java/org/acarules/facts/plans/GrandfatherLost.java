package org.acarules.facts.plans;

/** A change (by its index in the request) that ended grandfathered status, and the rule that said so. */
public record GrandfatherLost(int changeIndex, ChangeType type, String rule, String detail) {
}
