package org.acarules.facts.plans.rating;

import org.acarules.facts.PersonFact;

/**
 * The caller's uses_tobacco says the opposite of what the member's date of last use gives under the look-back; the
 * caller's determination is applied and this is reported as a finding.
 */
public record TobaccoStatusDiffers(String personId, boolean callerSays, boolean lookBackSays) implements PersonFact {
}
