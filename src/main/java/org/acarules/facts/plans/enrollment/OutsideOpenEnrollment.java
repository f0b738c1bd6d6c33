package org.acarules.facts.plans.enrollment;

/** The application date falls outside the open enrollment period. */
public record OutsideOpenEnrollment() {
}
