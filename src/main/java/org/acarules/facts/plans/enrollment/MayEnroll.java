package org.acarules.facts.plans.enrollment;

/** The conclusion: whether the applicant may enroll now, and on what basis (open_enrollment, special_enrollment, none). */
public record MayEnroll(boolean allowed, String basis) {
}
