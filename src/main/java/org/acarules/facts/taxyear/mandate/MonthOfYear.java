package org.acarules.facts.taxyear.mandate;

/** A calendar month of the tax year (1-12): the payment is figured month by month. */
public record MonthOfYear(int month) {
}
