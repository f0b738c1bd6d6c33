package org.acarules.facts.taxyear.mandate;

import org.acarules.facts.PersonFact;
import org.acarules.facts.Relationship;

/** A member of the shared responsibility family (the filer, a spouse on a joint return, dependents). */
public record MandatePerson(String id, Relationship relationship) implements PersonFact {
    @Override
    public String personId() {
        return id;
    }
}
