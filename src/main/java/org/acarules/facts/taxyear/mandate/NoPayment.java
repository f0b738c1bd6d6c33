package org.acarules.facts.taxyear.mandate;

/** Conclusion: no payment can be owed for the year at all (federal payment zero from 2019 and no state penalty). */
public record NoPayment(String reason) {
}
