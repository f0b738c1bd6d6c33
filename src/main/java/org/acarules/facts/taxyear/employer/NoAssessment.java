package org.acarules.facts.taxyear.employer;

/** No section 4980H payment is assessed for any month of the year (2014 transition relief). */
public record NoAssessment(String reason) {
}
