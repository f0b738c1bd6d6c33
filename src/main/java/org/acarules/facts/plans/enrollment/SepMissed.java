package org.acarules.facts.plans.enrollment;

/** The event opened a special enrollment period, but the application falls outside it (too late, or too early). */
public record SepMissed(int eventIndex, String why) {
}
