package org.acarules.facts.taxyear.mandate;

import java.util.List;
import org.acarules.facts.PersonFact;

/** Conclusion: a continuous period of 3 or more uncovered months; none of its months is a short-gap month. */
public record LongCoverageGap(String personId, List<Integer> months) implements PersonFact {
}
