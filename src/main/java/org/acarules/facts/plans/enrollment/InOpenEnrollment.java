package org.acarules.facts.plans.enrollment;

/** The application date falls inside the open enrollment period. */
public record InOpenEnrollment() {
}
