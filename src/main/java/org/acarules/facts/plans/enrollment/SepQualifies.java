package org.acarules.facts.plans.enrollment;

/** The application falls in a special enrollment period: the event's (index), -1 for the Indian monthly period, -2 for the low-income
 * monthly period (155.420(d)(16)). */
public record SepQualifies(int eventIndex) {
    public static final int INDIAN_MONTHLY = -1;
    public static final int LOW_INCOME_MONTHLY = -2;

}
